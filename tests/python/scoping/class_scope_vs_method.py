# class body names are not visible from methods without self/cls
name = 'module level'
class Demo:
    name = 'class level'
    value = name + '!'
    def method(self):
        return name
    def method_self(self):
        return self.name
    @classmethod
    def method_cls(cls):
        return cls.name
d = Demo()
print(Demo.value)
print(d.method())
print(d.method_self())
print(Demo.method_cls())
class Counter:
    count = 0
    def broken(self):
        try:
            return count
        except NameError as e:
            return 'NameError: ' + str(e)
    def works(self):
        return Counter.count
print(Counter().broken(), Counter().works())
