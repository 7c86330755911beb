# polymorphism through duck typing
class Duck:
    def sound(self):
        return 'quack'
class Robot:
    def sound(self):
        return 'beep'
class Person:
    def __init__(self, name):
        self.name = name
    def sound(self):
        return 'hello, I am ' + self.name
class Rock:
    pass
for thing in [Duck(), Robot(), Person('ann'), Rock()]:
    if hasattr(thing, 'sound'):
        print(type(thing).__name__, thing.sound())
    else:
        print(type(thing).__name__, 'is silent')
def total_len(items):
    return sum(len(x) for x in items)
class Fake:
    def __len__(self):
        return 42
print(total_len(['ab', [1, 2, 3], (), Fake(), {'k': 1}]))
