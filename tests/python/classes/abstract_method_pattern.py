# abstract-ish base classes raising NotImplementedError
class Shape:
    def area(self):
        raise NotImplementedError('subclasses must implement area')
    def describe(self):
        return type(self).__name__ + ' with area ' + str(round(self.area(), 2))
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Blob(Shape):
    pass
for s in [Square(3), Circle(1), Blob()]:
    try:
        print(s.describe())
    except NotImplementedError as e:
        print(type(e).__name__, e)
try:
    raise NotImplementedError
except NotImplementedError as e:
    print(repr(e), str(e) == '')
print(issubclass(NotImplementedError, RuntimeError))
