# Data-driven calls: a function with nine optional arguments, each of which
# may be None (replaced by a default inside the function) or a number,
# followed by arithmetic with clamps.  The rows are generated up front from a
# seeded random generator so that every argument is independently None or a
# value: there is no single hot path through the function.  Every row is
# evaluated twice: once with positional arguments (f(*row)) and once with
# keyword arguments (f(**kw), None entries omitted); the whole table is
# evaluated PASSES (8) times so that the calls dominate the set-up.
#
# Only random.seed(int) and random.random() are used.
#
# Size argument: number of rows.  Default 150000.
import sys
import random


def f(a=None, b=None, c=None, d=None, e=None, g=None, h=None, i=None, j=None):
    if a is None:
        a = 1.5
    if b is None:
        b = 2
    if c is None:
        c = -0.25
    if d is None:
        d = 10
    if e is None:
        e = 0.5
    if g is None:
        g = 3
    if h is None:
        h = 100.0
    if i is None:
        i = 7
    if j is None:
        j = 0.125
    # linear part, clamped with min/max
    x = a * b + c * d
    x = max(-50.0, min(50.0, x))
    # integer part with if-clamps
    n = b * g + d - i
    if n < 0:
        n = 0
    elif n > 40:
        n = 40
    # ratio, guarded against division by zero
    den = e + j
    if den == 0:
        r = 0.0
    else:
        r = (h - x) / den
    if r > 1000.0:
        r = 1000.0
    if r < -1000.0:
        r = -1000.0
    y = x + n * 0.5 + r * 0.01
    if y < 0:
        y = -y
    return min(y, h) if h > 0 else y


def make_rows(count):
    # for each argument: (probability of None, kind, low, high)
    spec = [
        (0.5, "f", -4.0, 4.0),
        (0.3, "i", -5, 9),
        (0.6, "f", -2.0, 2.0),
        (0.4, "i", 0, 30),
        (0.5, "f", -1.0, 3.0),
        (0.2, "i", -3, 6),
        (0.7, "f", -20.0, 200.0),
        (0.5, "i", 0, 15),
        (0.5, "f", -1.0, 1.0),
    ]
    rows = []
    for _ in range(count):
        row = []
        for p_none, kind, lo, hi in spec:
            if random.random() < p_none:
                row.append(None)
            elif kind == "i":
                row.append(lo + int(random.random() * (hi - lo + 1)))
            else:
                row.append(lo + random.random() * (hi - lo))
        rows.append(tuple(row))
    return rows


PASSES = 8

NAMES = ("a", "b", "c", "d", "e", "g", "h", "i", "j")


def to_kwargs(row):
    kw = {}
    for name, value in zip(NAMES, row):
        if value is not None:
            kw[name] = value
    return kw


def main():
    count = 150000
    if len(sys.argv) > 1:
        count = int(sys.argv[1])
    random.seed(12345)
    rows = make_rows(count)
    kwrows = [to_kwargs(row) for row in rows]

    total_pos = 0.0
    total_kw = 0.0
    for _ in range(PASSES):
        for row in rows:
            total_pos += f(*row)
        for kw in kwrows:
            total_kw += f(**kw)

    nones = 0
    for row in rows:
        for v in row:
            if v is None:
                nones += 1

    print("rows", count, "nones", nones)
    print("positional", total_pos)
    print("keyword", total_kw)
    print("checksum", int(total_pos * 1000) + nones, total_pos == total_kw)


main()
