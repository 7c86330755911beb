# Pythagorean triples counted by perimeter, three ways.
#
# Every primitive triple is (m*m - n*n, 2*m*n, m*m + n*n) for m > n > 0,
# gcd(m, n) == 1 and m - n odd; its perimeter is 2*m*(m + n).  All triples
# are the multiples of primitive ones.  For every perimeter p <= LIMIT we
# count the triples with that perimeter, enumerating the (m, n) pairs
#   (1) with nested range() loops and math.gcd,
#   (2) with a generator function yielding the pairs,
#   (3) with an iterator class implementing __iter__ / __next__.
# The three results must agree.  Measures loops, calls into math.gcd,
# generator resumption, method calls on user iterators and list indexing.
#
# Size argument: the perimeter limit.  Default 6000000.
import sys
import math


def count_nested(limit):
    counts = [0] * (limit + 1)
    m = 2
    while 2 * m * (m + 1) <= limit:
        for n in range(1, m):
            if (m - n) % 2 == 1 and math.gcd(m, n) == 1:
                p = 2 * m * (m + n)
                if p > limit:
                    break
                for q in range(p, limit + 1, p):
                    counts[q] += 1
        m += 1
    return counts


def primitive_pairs(limit):
    m = 2
    while 2 * m * (m + 1) <= limit:
        n = 1 if m % 2 == 0 else 2
        while n < m and 2 * m * (m + n) <= limit:
            if math.gcd(m, n) == 1:
                yield m, n
            n += 2
        m += 1


def count_generator(limit):
    counts = [0] * (limit + 1)
    for m, n in primitive_pairs(limit):
        p = 2 * m * (m + n)
        q = p
        while q <= limit:
            counts[q] += 1
            q += p
    return counts


class PairIterator:
    def __init__(self, limit):
        self.limit = limit
        self.m = 2
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        limit = self.limit
        while True:
            m = self.m
            if 2 * m * (m + 1) > limit:
                raise StopIteration
            if self.n == 0:
                self.n = 1 if m % 2 == 0 else 2
            else:
                self.n += 2
            n = self.n
            if n >= m or 2 * m * (m + n) > limit:
                self.m = m + 1
                self.n = 0
                continue
            if math.gcd(m, n) == 1:
                return (m, n)


class Triple:
    def __init__(self, m, n):
        self.a = m * m - n * n
        self.b = 2 * m * n
        self.c = m * m + n * n

    @property
    def perimeter(self):
        return self.a + self.b + self.c


def count_iterator(limit):
    counts = [0] * (limit + 1)
    for pair in PairIterator(limit):
        t = Triple(pair[0], pair[1])
        p = t.perimeter
        k = 1
        while k * p <= limit:
            counts[k * p] += 1
            k += 1
    return counts


def summarize(counts):
    total = 0
    best = 0
    best_p = 0
    check = 0
    for p in range(len(counts)):
        c = counts[p]
        if c:
            total += c
            check = (check * 31 + p * c) % 1000000007
            if c > best:
                best = c
                best_p = p
    return total, best_p, best, check


def main():
    limit = 6000000
    if len(sys.argv) > 1:
        limit = int(sys.argv[1])
    r1 = summarize(count_nested(limit))
    r2 = summarize(count_generator(limit))
    r3 = summarize(count_iterator(limit))
    print("nested", r1[0], "generator", r2[0], "iterator", r3[0])
    print("best perimeter", r1[1], "with", r1[2], "triples")
    print("agree", r1 == r2 and r2 == r3)
    print("checksum", r1[3])


main()
