# copying and aliasing sets
a = {1, 2, 3}
b = a
c = a.copy()
d = set(a)
b.add(4)
c.discard(1)
print(a, b, c, d)
print(a is b, a is c, a == b, c == d)
e = frozenset(a)
a.add(5)
print(e, a)
f = a
f |= {6}
print(a is f, a)
g = a
g = g | {7}
print(a is g, a, g)
