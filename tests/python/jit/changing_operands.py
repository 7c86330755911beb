# Operands whose kind changes after the loop was compiled: a list, then a tuple, a generator, a dict, an
# instance with the matching special method, a big int. The trace's typed paths must give way to the
# interpreter's, with the same results and errors.
import math


class P:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "P(%r)" % self.v

    def upper(self):
        return "P%d" % self.v

    def __abs__(self):
        return self.v * 10

    def __iter__(self):
        return iter([self.v, self.v])

    def __contains__(self, x):
        return x == self.v

    def __setitem__(self, k, v):
        self.v = v

    def __getitem__(self, k):
        return self.v + k


def gen(n):
    for i in range(n):
        yield i


def loop_iter(objs):
    t = 0
    for o in objs:
        for x in o:
            t += x
    return t


print(loop_iter([[1, 2]] * 1500 + [(3, 4), gen(3), P(5), {6: 0}, "", range(2)]))


def setitems(objs):
    for i, o in enumerate(objs):
        o[0] = i
    return objs[0], objs[-3:]


print(setitems([[0]] * 1500 + [{}, P(1)]))


def contains(objs):
    n = 0
    for o in objs:
        if 3 in o:
            n += 1
    return n


print(contains([[1, 2, 3]] * 1500 + [{3}, {3: 1}, P(3), (3,), range(5)]))


def uppers(objs):
    return [o.upper() for o in objs][-3:]


print(uppers(["ab"] * 1500 + [P(1), b"xy"]))


def absolutes(xs):
    t = 0
    for x in xs:
        t += abs(x)
    return t


print(absolutes([-3] * 1500 + [-2.5, P(4), True, -(2 ** 70)]))


def roots(xs):
    t = 0.0
    for x in xs:
        t += math.sqrt(x)
    return t


print(roots([4.0] * 1500 + [9, True, 2 ** 60]))


def mins(xs):
    t = 0
    for a, b in xs:
        t += min(a, b)
    return t


print(mins([(1, 2)] * 1500 + [(2.5, 1.5), (True, 3), (2 ** 70, 2 ** 71)]))


def getitems(objs):
    t = 0
    for o in objs:
        t += o[1]
    return t


print(getitems([[1, 2]] * 1500 + [(1, 5), P(3), {1: 4}, range(10, 20), b"ab"]))


def calls(fs):
    t = 0
    for f in fs:
        t += f(1)
    return t


class C:
    def __call__(self, x):
        return x + 100


print(calls([abs] * 1500 + [C(), lambda x: x * 7, int, float, P(2).__getitem__]))


def compares(xs):
    n = 0
    for a, b in xs:
        if a < b:
            n += 1
    return n


print(compares([(1, 2)] * 1500 + [(1.5, 2), ("a", "b"), ((1, 2), (1, 3)), ([1], [0]), (2 ** 70, 3)]))


def truths(xs):
    n = 0
    for x in xs:
        if x:
            n += 1
    return n


print(truths([[1]] * 1500 + [[], (), "", "a", {}, {1: 2}, 0, 0.0, None, P(0), range(0), b""]))
