# closures capture variables from enclosing scopes
def make_multiplier(k):
    def mul(x):
        return x * k
    return mul
double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5), double(triple(2)))
def make_adders():
    return [make_multiplier(i) for i in range(4)]
print([f(10) for f in make_adders()])
def outer():
    x = 'outer x'
    def inner():
        return x
    x = 'changed before call'
    return inner
print(outer()())
def make_greeting(prefix):
    def greet(name):
        return prefix + ' ' + name
    return greet
hello = make_greeting('Hello')
print(hello('world'), make_greeting('Bye')('now'))
def compose(f, g):
    return lambda x: f(g(x))
inc_then_double = compose(double, lambda x: x + 1)
print(inc_then_double(4))
print(double.__name__, inc_then_double.__name__)
