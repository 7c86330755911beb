# collections.namedtuple
from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(3, 4)
print(p, p.x, p.y, p[0], p[1], len(p))
x, y = p
print(x, y)
print(p._fields, Point._fields)
print(p._asdict())
q = p._replace(x=10)
print(q, p)
print(p == (3, 4), p == Point(3, 4), isinstance(p, tuple))
Person = namedtuple('Person', 'name age city')
ann = Person('Ann', 31, city='Oslo')
print(ann, repr(ann), str(ann))
print(ann.name.upper(), ann.age + 1)
try:
    ann.age = 32
except AttributeError as e:
    print(type(e).__name__, e)
people = [Person('Bob', 25, 'LA'), ann, Person('Cid', 40, 'NY')]
print(sorted(people, key=lambda r: r.age))
print(max(people, key=lambda r: r.age).name)
print(Point(*[7, 8]), Point(**{'x': 1, 'y': 2}))
print(list(p), tuple(q), p + q)
