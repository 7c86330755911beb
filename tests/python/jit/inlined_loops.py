# Functions with short loops called from a hot loop: the recorder inlines them and unrolls their loops.
# The trip counts change (a longer list, an empty one, a loop that breaks early), so the unrolled copies'
# guards fail and bridges or the interpreter take over; a loop too long to unroll leaves its function as a
# residual call. Results must not change.


def dot(xs, ys):
    t = 0.0
    for i in range(len(xs)):
        t += xs[i] * ys[i]
    return t


def first_over(xs, limit):
    for i, x in enumerate(xs):
        if x > limit:
            return i
    return -1


class Shape:
    def __init__(self, k):
        self.k = k


class Sq(Shape):
    def area(self):
        return self.k * self.k


class Circ(Shape):
    def area(self):
        return 3 * self.k * self.k


def total(shapes):
    t = 0
    for s in shapes:
        t += s.area()
    return t


def main(n):
    a = [1.0, 2.0, 3.0]
    b = [0.5, 0.25, 0.125]
    shapes = [Sq(1), Circ(2), Sq(3)]
    acc = 0.0
    hits = 0
    areas = 0
    for i in range(n):
        acc += dot(a, b)
        if i == n // 2:
            a = a + [4.0]          # a longer vector from now on
            b = b + [1.0]
        if i == n - 10:
            a = list(range(200))   # too long to unroll
            b = [1.0] * 200
        hits += first_over([i % 5, i % 3, 7], 4)
        areas += total(shapes if i % 50 else [])
    return acc, hits, areas


print(main(400))
