# single inheritance and method overriding
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return '...'
    def describe(self):
        return self.name + ' says ' + self.speak()
class Dog(Animal):
    def speak(self):
        return 'woof'
class Cat(Animal):
    def speak(self):
        return 'meow'
class Puppy(Dog):
    def speak(self):
        return 'yip'
for a in [Animal('generic'), Dog('rex'), Cat('tom'), Puppy('bit')]:
    print(a.describe(), type(a).__name__)
p = Puppy('p')
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog))
print([c.__name__ for c in Puppy.__mro__])
