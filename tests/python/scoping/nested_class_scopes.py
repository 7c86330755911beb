# classes defined inside functions capture enclosing variables
def make_class(greeting):
    class Greeter:
        prefix = greeting.upper()
        def greet(self, name):
            return greeting + ', ' + name + ' (' + self.prefix + ')'
    return Greeter
Hello = make_class('hello')
Hi = make_class('hi')
print(Hello().greet('ann'), Hi().greet('bob'))
print(Hello is Hi, Hello.__name__, Hi.prefix)
def counter_class():
    count = 0
    class C:
        def bump(self):
            nonlocal count
            count += 1
            return count
    return C
C = counter_class()
a, b = C(), C()
print(a.bump(), b.bump(), a.bump())
