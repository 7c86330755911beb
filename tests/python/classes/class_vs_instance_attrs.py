# class attributes vs instance attributes
class Dog:
    species = 'canis'
    tricks = []
    def __init__(self, name):
        self.name = name
    def add_trick(self, t):
        self.tricks.append(t)
a = Dog('rex')
b = Dog('fido')
print(a.species, b.species, Dog.species)
a.species = 'wolf'
print(a.species, b.species, Dog.species)
Dog.species = 'canis lupus'
print(a.species, b.species)
del a.species
print(a.species)
a.add_trick('sit')
b.add_trick('roll')
print(a.tricks, b.tricks, Dog.tricks, a.tricks is b.tricks)
print(sorted(vars(a)), vars(b))
