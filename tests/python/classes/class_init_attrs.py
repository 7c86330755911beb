# __init__, instance attributes, methods
class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
    def dist2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(p.x, p.y, p.dist2())
p.move(1, 1).move(-4, -5)
print(p.x, p.y)
q = Point(7)
print(q.x, q.y)
q.z = 'dynamic'
print(q.z, hasattr(p, 'z'))
print(type(p).__name__, isinstance(p, Point))
m = p.move
m(10, 10)
print(p.x, p.y)
print(Point.dist2(q))
