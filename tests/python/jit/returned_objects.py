# Function traces hand back the objects they make: allocated in the trace before its RETURN (a nested one
# first), with float attributes kept unboxed in their slots. Operators of a program's classes (reflected,
# in place, NotImplemented) go through the same calls, from the interpreter and from traces.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vec(k * self.x, k * self.y)

    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)


class Seg:
    def __init__(self, a, b):
        self.a = a
        self.b = b


def mid(a, b):
    return Vec((a.x + b.x) / 2, (a.y + b.y) / 2)


def seg(a, b):
    # An object holding another new one: both made before the return.
    return Seg(Vec(a.x, a.y), b)


def pair(v):
    return v.x, Vec(v.y, v.x)


def same(v):
    # Hands back an object it did not make.
    return v


def either(v, i):
    if i % 5 == 0:
        return None
    if i % 7 == 0:
        return Vec(i, -i)
    return Vec(v.x + i, v.y - 0.5)


def run(n):
    acc = Vec(0.0, 0.0)
    total = 0.0
    ints = 0
    nones = 0
    for i in range(n):
        v = Vec(i * 0.5, 1.0)
        m = mid(acc, v)
        s = seg(m, v)
        x, w = pair(s.a)
        total += x + w.y + s.b.x
        acc = acc + 0.001 * m
        acc += Vec(0.25, 0.0)
        if same(v) is not v:
            print("lost identity at", i)
        e = either(m, i)
        if e is None:
            nones += 1
        elif isinstance(e.x, int):
            ints += e.x
        else:
            total += e.y
    return acc, total, ints, nones


for size in (10, 400):
    acc, total, ints, nones = run(size)
    print(size, acc, round(total, 6), ints, nones)

try:
    Vec(1.0, 2.0) * "k"
except TypeError as e:
    print("TypeError:", e)
print(3 * Vec(1.0, 2.0), Vec(1.0, 2.0) * 2)
