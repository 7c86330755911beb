# validation in property setters and __init__
class Person:
    def __init__(self, name, age):
        self.name = name
        self.age = age
    @property
    def age(self):
        return self._age
    @age.setter
    def age(self, v):
        if not isinstance(v, int):
            raise TypeError('age must be an int, not ' + type(v).__name__)
        if v < 0:
            raise ValueError('age must be non-negative')
        self._age = v
    @property
    def name(self):
        return self._name
    @name.setter
    def name(self, v):
        self._name = v.strip().title()
p = Person('  ada lovelace ', 36)
print(p.name, p.age)
for bad in ['x', -1, 3.5]:
    try:
        p.age = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(p.age)
try:
    Person('bob', -3)
except ValueError as e:
    print('construct failed:', e)
print(sorted(vars(p)))
