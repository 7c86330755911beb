# Inner loops that run a few iterations per pass of their outer loop, whose trace cannot unroll them (their
# branches depend on the data): the inner loop is compiled, and the bridge from its end, taken every few
# iterations, is compiled into it. Its exits inside the outer loop's path (a function return, an overflow,
# a type change) must resume the interpreter exactly.
import itertools


def flips(perm):
    n = 0
    first = perm[0]
    while first != 0:
        i = 0
        j = first
        while i < j:
            t = perm[i]
            perm[i] = perm[j]
            perm[j] = t
            i += 1
            j -= 1
        n += 1
        first = perm[0]
    return n


def count(rows):
    nones = 0
    sizes = 0
    for row in rows:
        for x in row:
            if x is None:
                nones += 1
        sizes += len(row)
    return nones, sizes


def weighted(rows, big):
    total = 0
    for k, row in enumerate(rows):
        for x in row:
            if x % 3 == 0:
                total += x
        # The outer path overflows into a big int, then takes floats, late in the run.
        total += big if k == 1500 else 0
        if k > 2000:
            total += 0.5
    return total


total = 0
for p in itertools.permutations(range(7)):
    total += flips(list(p))
print("flips", total)
rows = [[None if (i + j) % 7 == 0 else j for j in range(6)] for i in range(3000)]
print("count", count(rows))
print("weighted", weighted([[i + j for j in range(5)] for i in range(3000)], 2 ** 62))
