# __hash__ and __eq__ for use as dict keys and set members
class Coord:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __eq__(self, other):
        return isinstance(other, Coord) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return 'Coord(%d, %d)' % (self.x, self.y)
d = {Coord(1, 2): 'a'}
d[Coord(1, 2)] = 'b'
d[Coord(2, 1)] = 'c'
print(d, len(d))
print(Coord(1, 2) in d, Coord(9, 9) in d)
s = {Coord(0, 0), Coord(0, 0), Coord(1, 1)}
print(len(s), sorted(s, key=lambda c: (c.x, c.y)))
class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash(): 1}
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
p1, p2 = Plain(), Plain()
print(p1 == p2, p1 == p1, len({p1, p2, p1}))
