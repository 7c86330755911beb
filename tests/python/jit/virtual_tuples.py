# Tuples a trace builds and takes apart at once are never made (allocation removal); enumerate's pairs are
# taken apart in the trace. Exits must still see them: a guard that fails while a pair, or a tuple holding an
# object the trace did not allocate either, is live makes them for the interpreter; a tuple that escapes on
# some iterations (kept in a list, returned, compared) is made there.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)


def split(n):
    return n // 10, n % 10


def pair_of_vecs(i):
    return Vec(i, -i), Vec(i * 0.5, 1)


def digits_sum(xs):
    total = 0
    for x in xs:
        hi, lo = split(x)
        total += hi * lo
    return total


def vec_pairs(n):
    acc = 0.0
    kept = []
    for i in range(n):
        a, b = pair_of_vecs(i)
        acc += a.x * b.x + a.y * b.y
        if i % 97 == 0:
            kept.append((a, b))
    return acc, kept[-1]


def mixed(xs):
    # The item's type changes halfway: the guard after the unpack fails with the tuple live.
    out = 0
    for x in xs:
        q, r = split(x)
        out += q * 3 + r
    return out


def enumerated(xs, start):
    s = 0
    last = None
    for i, x in enumerate(xs, start):
        s += i * x
        if x == 7:
            last = (i, x)
    return s, last


def enumerate_kinds():
    out = []
    for seq in ([5, 6, 7], (8, 9), range(3), "ab", {"k": 1}):
        t = 0
        for i, x in enumerate(seq):
            t += i
            out.append((i, x))
        out.append(t)
    return out


def enumerate_mutated(xs):
    n = 0
    for i, x in enumerate(xs):
        if i < 50 and x % 5 == 0:
            xs.append(x + 1)
        n += x
    return n, len(xs)


def swapped(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, (a + b) % 1000003
    return a, b


def raising(xs):
    total = 0
    for i, x in enumerate(xs):
        q, r = split(x)
        total += 100 // r
    return total


def main():
    print(digits_sum(range(3000)))
    print(vec_pairs(2000))
    print(mixed(list(range(2000)) + [float(k) for k in range(2000)]))
    print(enumerated([1, 2, 3, 7] * 500, 0))
    print(enumerated([1, 2, 3, 7] * 500, 2 ** 62))
    print(enumerated([7, 7.5] * 800, -5))
    print(enumerate_kinds())
    print(enumerate_mutated(list(range(200))))
    print(swapped(5000))
    try:
        print(raising([11, 12, 13] * 300 + [20]))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


main()
