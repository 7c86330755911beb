# N-queens: count the placements of n non-attacking queens on an n x n board
# three ways:
#   (1) recursive backtracking over boolean occupancy lists (counts only),
#   (2) a recursive generator yielding every solution as a tuple (used for a
#       checksum over all solutions),
#   (3) brute force over itertools.permutations with set comprehensions
#       (the classic formulation; run on a board of min(n, 8)).
# Measures recursion, generators, list indexing, tuples, sets and itertools.
#
# Size argument: n.  Default 12.
import sys
from itertools import permutations


def count_backtrack(n):
    cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)

    def place(row):
        if row == n:
            return 1
        found = 0
        for c in range(n):
            d1 = row + c
            d2 = row - c + n
            if not cols[c] and not diag1[d1] and not diag2[d2]:
                cols[c] = diag1[d1] = diag2[d2] = True
                found += place(row + 1)
                cols[c] = diag1[d1] = diag2[d2] = False
        return found

    return place(0)


def solutions(n, queens=()):
    row = len(queens)
    if row == n:
        yield queens
        return
    for c in range(n):
        safe = True
        for r, qc in enumerate(queens):
            if qc == c or row - r == abs(c - qc):
                safe = False
                break
        if safe:
            for s in solutions(n, queens + (c,)):
                yield s


def count_permutations(n):
    cols = range(n)
    found = 0
    for vec in permutations(cols):
        if (n == len({vec[i] + i for i in cols})
                == len({vec[i] - i for i in cols})):
            found += 1
    return found


def main():
    n = 12
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    a = count_backtrack(n)
    b = 0
    check = 0
    first = None
    for s in solutions(n):
        if first is None:
            first = s
        b += 1
        h = 0
        for q in s:
            h = h * n + q
        check = (check * 7 + h) % 1000000007
    m = min(n, 8)
    c = count_permutations(m)
    print("backtrack", a, "generator", b, "permutations(%d)" % m, c)
    print("first", list(first))
    print("checksum", check)


main()
