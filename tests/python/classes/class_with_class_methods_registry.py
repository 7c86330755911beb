# classmethods as alternative constructors and registries
class Shape:
    registry = {}
    def __init__(self, *dims):
        self.dims = dims
    @classmethod
    def register(cls, name):
        Shape.registry[name] = cls
        return cls
    @classmethod
    def create(cls, name, *dims):
        return Shape.registry[name](*dims)
    def __repr__(self):
        return type(self).__name__ + repr(self.dims)
class Sq(Shape):
    def area(self):
        return self.dims[0] ** 2
class Re(Shape):
    def area(self):
        return self.dims[0] * self.dims[1]
Shape.register('square')
Sq.register('sq')
Re.register('rect')
print(sorted(Shape.registry))
shapes = [Shape.create('sq', 3), Shape.create('rect', 2, 5)]
print(shapes, [s.area() for s in shapes])
print(Shape.create('square', 1))
