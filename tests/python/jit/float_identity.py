# `is` on floats: an attribute holds the float object stored into it (reading it back answers that very
# object, as in CPython, though float attributes are kept unboxed), and a value is itself in a trace too,
# where a float lives unboxed and is boxed again for the comparison. (Not yet: two variables that a branch's
# merge point carries apart, though both hold one float; the trace compares two boxes of it.)
class Point:
    pass


p = Point()
a = 1.5
p.x = a
print(p.x is a, p.x is not a)
b = 2.5
p.x = b
print(p.x is b, p.x is a)
p.y = 0.25
c = p.y
print(c is p.y)


def same_value(n):
    hits = 0
    misses = 0
    q = Point()
    q.v = 0.0
    for i in range(n):
        q.v = q.v + 0.5
        v = q.v
        w = v
        same = w is v
        differ = v is not w
        if same:
            hits += 1
        if differ:
            misses += 1
        total = v * 2.0
        if total is total:
            hits += 1
    return hits, misses, q.v


print(same_value(3000))
