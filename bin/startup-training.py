# The training run behind the startup archive that bin/pyjit makes once per JDK and jar: the JVM records
# which classes (and lambdas) this program loads and links, so that real runs find them ready. It touches
# the standard library modules, the common syntax and the JIT's paths (run with --jit-threshold=1); it is
# not a benchmark, and it must print what CPython prints (.ci/run checks).
import collections
import functools
import itertools
import math
import operator
import random
import string
import struct
import sys
import time


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

    def scaled(self, k):
        return Point(self.x * k, self.y * k)

    @property
    def norm(self):
        return math.sqrt(self.x * self.x + self.y * self.y)


class Labelled(Point):
    def __init__(self, x, y, label="p"):
        super().__init__(x, y)
        self.label = label


def numbers(n):
    for i in range(n):
        if i % 3:
            yield i
        else:
            yield -i


def work(n, *args, scale=1.0, **kwargs):
    total = 0
    acc = 0.0
    p = Point(0.0, 0.0)
    items = []
    table = {}
    for i in range(n):
        total += i * i % 7
        acc += scale * i / (i + 1.0)
        p = p + Point(1.5, -0.5)
        items.append(i & 15)
        table[i % 11] = table.get(i % 11, 0) + 1
    words = [str(x) for x in items[:20]]
    squares = {x: x * x for x in range(10)}
    evens = {x for x in items if x % 2 == 0}
    try:
        1 // (n - n)
    except ZeroDivisionError as e:
        words.append(type(e).__name__)
    with open(__file__) as f:
        first = f.readline()
    return (total, round(acc, 3), p.norm, sum(numbers(50)), len(evens), squares[3], "-".join(words)[:30],
            max(table.values()), first[:1], args, sorted(kwargs))


def paths(n, step=0.25):
    # The JIT's paths after a loop's first compile (at threshold 1 every failing guard gets one at once):
    # bridges into the loop, merge points carrying floats, a loop with more hot paths than bridges (side
    # traces), short and long inner loops, and the syntax they use (unpacking, and/or, break, pass).
    total = 0
    f = 0.0
    p = Point(1.0, 2.0)
    for i in range(n):
        a, b = i % 3, i % 5
        if a == 0 and b != 0:
            total += 1
        elif a == 1 or b == 2:
            f += step
        else:
            pass
        if i % 7 == 0:
            f = f * 0.5 + p.scaled(2).x
        for k in (11, 13, 17, 19, 23):
            if i % k == 0:
                total -= k
        for j in range(i % 4):
            if j == 2:
                break
            total += j
        for j in range(12):
            total += j & a
        # A call inlined into the trace whose guard fails inside it (a float after ints): the deopt rebuilds
        # its frame too.
        f += half(i if i < n - 3 else i + 0.5)
    return total, f


def half(x):
    return x / 2 if x > 1 else -x


class Tools:
    @staticmethod
    def spread(*values):
        odd = 0
        for v in values:
            if v % 2 == 0:
                continue
            odd += 1
        return max(values, key=lambda v: -v), min(*values), odd


random.seed(1)
print(work(3000, 1, 2, scale=0.5, k=1), paths(400), Tools.spread(*[3, 1, 2]))
print(Labelled(1, 2), repr(1.1), f"{math.pi:.3f}", "{:>5}".format("x"), "%5.2f|%d|%s" % (1.5, 2, "a"))
print(collections.Counter("abracadabra").most_common(2), collections.deque([1, 2]), collections.defaultdict(int))
print(functools.reduce(operator.add, range(10)), list(itertools.islice(itertools.count(), 3)),
      list(itertools.permutations(range(3), 2))[:2], list(itertools.chain([1], (2,))))
print(random.random(), random.randint(1, 6), random.choice("abc"), struct.pack("<id", 1, 2.0), string.ascii_letters[:3])
print(sys.argv[:0], time.time() > 0, 2 ** 100, 10 ** 20 // 3, divmod(-7, 2), abs(-3.5), int("42"), float("1e3"))
