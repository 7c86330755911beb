# len() of a tuple or of bytes, and math.gcd of two ints, are computed in traces; at the edges (other
# types at the same call site, big ints, the most negative 64-bit int, bools) they must do what the
# builtins do.
import math


class Sized:
    def __len__(self):
        return 3


def lengths(items):
    total = 0
    for x in items:
        total += len(x)
    return total


tuples = [tuple(range(i % 7)) for i in range(3000)]
print(lengths(tuples))
print(lengths([b"ab" * (i % 5) for i in range(3000)]))
print(lengths(tuples[:100] + [b"xyz", [1, 2], "hé", {1: 2}, Sized(), (), b"", range(5), {4, 5}]))


def built(n):
    total = 0
    for i in range(n):
        t = (i, i + 1) if i % 3 else (i,)
        total += len(t) + len((t, t, t))
    return total


print(built(4000))


def gcds(pairs):
    total = 0
    for a, b in pairs:
        total += math.gcd(a, b)
    return total


pairs = [(i * 6, i * 4 + 2) for i in range(3000)] + [(-12, 18), (0, 0), (0, -5), (-7, 0), (2**63 - 1, 3)]
print(gcds(pairs))
print(gcds(pairs[:50] + [(-2**63, 6), (6, -2**63), (-2**63, -2**63), (2**64, 2**32), (True, 4), (3, False)]))
try:
    gcds(pairs[:50] + [(1.5, 3)])
except TypeError as e:
    print("TypeError:", e)
