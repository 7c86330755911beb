# Classes that change inside calls a loop's trace does not inline (recursive functions, calls through
# builtins, functions too deep to inline): after such a call the trace checks that none of the classes it
# relies on changed, and when one did, the loop is recorded again as the classes are now. Each loop here
# must print what CPython prints, wherever the change falls.


class Shape:
    sides = 0

    def area(self):
        return 0

    def describe(self):
        return self.sides * 10 + self.area()


class Square(Shape):
    sides = 4

    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Tri(Shape):
    sides = 3

    def __init__(self, b, h):
        self.b = b
        self.h = h

    def area(self):
        return self.b * self.h // 2


def deep(n, fn):
    # recursive: a residual call in the loops below
    if n == 0:
        return fn()
    return deep(n - 1, fn)


def patch_area():
    Square.area = lambda self: self.s * 100


def patch_base():
    Shape.describe = lambda self: -self.area()


def set_sides(k):
    Tri.sides = k


def main():
    shapes = [Square(i % 7) if i % 3 else Tri(i % 5, 4) for i in range(3000)]

    # 1. A method replaced in a residual call, midway through the loop.
    total = 0
    for i, s in enumerate(shapes):
        if i == 1700:
            deep(3, patch_area)
        total += s.describe()
    print("method replaced midway", total)

    # 2. The base class's method replaced: its subclasses change with it.
    total = 0
    for i, s in enumerate(shapes):
        if i == 2200:
            deep(2, patch_base)
        total += s.describe()
    print("base method replaced", total)

    # 3. A class attribute changed in every iteration of an outer loop, through map (a residual call):
    # the class stops being relied on after a few changes, and the inner loop stays right.
    grand = 0
    for k in range(40):
        list(map(set_sides, [k]))
        for s in shapes[:500]:
            grand += s.sides
    print("class attribute changing", grand)

    # 4. Changed in every iteration of the hot loop itself.
    t = 0
    for i in range(2500):
        deep(1, lambda: set_sides(i % 11))
        t += shapes[2].sides + Tri.sides
    print("changing in the loop", t)

    # 5. A method added to a class that had none of that name, then deleted again.
    calls = 0
    for i in range(3000):
        if i == 1000:
            deep(2, lambda: setattr(Tri, "extra", lambda self: 7))
        if i == 2000:
            deep(2, lambda: delattr(Tri, "extra"))
        t = shapes[3]
        calls += t.extra() if hasattr(t, "extra") else 1
    print("added and deleted", calls)


main()
