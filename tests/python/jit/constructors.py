# Class calls inside hot loops: the JIT inlines __init__, so every way out of it must behave as in CPython.

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Empty:
    pass


class Checked:
    def __init__(self, v):
        if v < 0:
            raise ValueError("negative: %d" % v)
        self.v = 100 // v


class Sometimes:
    def __init__(self, v):
        self.v = v
        if v == 7:
            return v


class Base:
    def __init__(self, a):
        self.a = a


class Derived(Base):
    def __init__(self, a, b):
        Base.__init__(self, a)
        self.b = b


class WithSuper(Base):
    def __init__(self, a):
        super().__init__(a * 2)
        self.c = a


class Counter:
    made = 0

    def __init__(self):
        Counter.made += 1


def mixed_points(n):
    # Ints, then floats, then a string: guards inside __init__'s callers and in the loop fail in turn.
    pts = []
    for i in range(n):
        if i < n // 3:
            p = Point(i, i + 1)
        elif i < 2 * n // 3:
            p = Point(i * 0.5, -i)
        else:
            p = Point(str(i), None)
        pts.append(p)
    return pts[0], pts[n // 2], pts[-1], len(pts)


def empties(n):
    count = 0
    for i in range(n):
        e = Empty()
        if e is not None:
            count += 1
    return count


def checked(n):
    total = 0
    for i in range(n, -3, -1):
        try:
            total += Checked(i).v
        except ZeroDivisionError:
            total += 1000
        except ValueError as e:
            print("caught", e)
    return total


def sometimes(n):
    made = 0
    for i in range(n):
        try:
            Sometimes(i % 10)
            made += 1
        except TypeError as e:
            print(i, e)
            if i > 30:
                break
    return made


def inheritance(n):
    s = 0
    for i in range(n):
        d = Derived(i, 2 * i)
        w = WithSuper(i)
        s += d.a + d.b + w.a + w.c
    return s


def counting(n):
    for i in range(n):
        Counter()
    return Counter.made


def patched(n):
    out = []
    for i in range(n):
        p = Point(i, i)
        out.append(p.x + p.y)
        if i == n // 2:
            def other_init(self, x, y):
                self.x = x * 10
                self.y = y * 100
            Point.__init__ = other_init
    return out[n // 2 - 1: n // 2 + 3]


def wrong_arguments(n):
    for i in range(n):
        try:
            if i < n - 1:
                Point(i, i)
            else:
                Point(i)
        except TypeError as e:
            print(e)
        try:
            Empty(i) if i == n - 1 else Empty()
        except TypeError as e:
            print(e)


print(mixed_points(3000))
print(empties(3000))
print(checked(2500))
print(sometimes(40))
print(inheritance(2500))
print(counting(2500))
print(patched(2500))
wrong_arguments(2500)


def uncaught(n):
    for i in range(n, -1, -1):
        Checked(i - 1)


uncaught(2500)
