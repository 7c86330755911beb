# default equality is identity; custom __eq__ changes it
class Plain:
    def __init__(self, v):
        self.v = v
class Valued:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Valued) and self.v == other.v
    __hash__ = None
a, b = Plain(1), Plain(1)
print(a == b, a is b, a == a, a != b)
c, d = Valued(1), Valued(1)
print(c == d, c is d, c != d, c == Valued(2))
print([c].count(d), d in [c], Plain(1) in [a])
try:
    hash(c)
except TypeError as e:
    print(type(e).__name__, e)
l = [Valued(3), Valued(1), Valued(3)]
print(l.index(Valued(1)), l.count(Valued(3)))
