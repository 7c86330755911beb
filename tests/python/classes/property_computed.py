# computed properties
class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h
    @property
    def area(self):
        return self.w * self.h
    @property
    def perimeter(self):
        return 2 * (self.w + self.h)
    @property
    def is_square(self):
        return self.w == self.h
class Circle:
    def __init__(self, r):
        self._r = r
    @property
    def radius(self):
        return self._r
    @radius.setter
    def radius(self, v):
        self._r = max(0, v)
    @property
    def diameter(self):
        return self._r * 2
    @diameter.setter
    def diameter(self, d):
        self.radius = d / 2
r = Rect(3, 4)
print(r.area, r.perimeter, r.is_square)
r.w = 4
print(r.area, r.perimeter, r.is_square)
c = Circle(5)
print(c.radius, c.diameter)
c.diameter = 3
print(c.radius, c.diameter)
c.radius = -10
print(c.radius)
