# A Python iterator whose __next__ searches for its next item in a short loop: the for loop's trace calls it
# through the iteration protocol, and it gets a trace of its own. Its paths (found at once, found after a few
# steps, exhausted, an error part way) must all behave as in the interpreter.
import math


class Coprimes:
    def __init__(self, limit):
        self.limit = limit
        self.m = 2
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            m = self.m
            if m * m > self.limit:
                raise StopIteration
            if self.n == 0:
                self.n = 1
            else:
                self.n += 1
            if self.n >= m:
                self.m = m + 1
                self.n = 0
                continue
            if math.gcd(m, self.n) == 1:
                return m, self.n


class Checked:
    """Raises ValueError at the item `bad`, part way through a search."""

    def __init__(self, items, bad):
        self.items = items
        self.i = 0
        self.bad = bad

    def __iter__(self):
        return self

    def __next__(self):
        while self.i < len(self.items):
            x = self.items[self.i]
            self.i += 1
            if x == self.bad:
                raise ValueError("bad item %d at %d" % (x, self.i - 1))
            if x % 3 != 0:
                return x * 2
        raise StopIteration


def total(limit):
    s = 0
    count = 0
    for m, n in Coprimes(limit):
        s += m * 7 + n
        count += 1
    return count, s


for limit in (50, 400, 3000, 20000):
    print(limit, total(limit))

it = Coprimes(100)
print(next(it), next(it), next(it))
print(sum(m - n for m, n in it))
print(list(Coprimes(4)), next(Coprimes(1), "empty"))

for bad in (-1, 700, 5):
    acc = 0
    try:
        for v in Checked(list(range(1000)), bad):
            acc += v
        print("sum", acc)
    except ValueError as e:
        print("ValueError:", e, "after", acc)
