# super() inside classmethods and properties
class Base:
    @classmethod
    def make(cls):
        return 'Base.make for ' + cls.__name__
    @property
    def label(self):
        return 'base-label'
    def __repr__(self):
        return 'Base()'
class Child(Base):
    @classmethod
    def make(cls):
        return 'Child.make -> ' + super().make()
    @property
    def label(self):
        return 'child+' + super().label
    def __repr__(self):
        return 'Child<' + super().__repr__() + '>'
print(Child.make())
print(Child().label)
print(Child())
print(repr([Child(), Base()]))
