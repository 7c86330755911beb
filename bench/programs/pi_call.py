# Leibniz series for pi, pi = 4 * (1 - 1/3 + 1/5 - 1/7 + ...), with a call
# to an empty function in every iteration.
# Same loop as pi.py plus the call: measures the cost of a (trivially
# inlinable) Python function call.
#
# Size argument: the tolerance exponent E (tol = 10 ** -E).  Default 7,
# which runs about 20 million iterations.
import sys


def nothing():
    pass


def leibniz(tol):
    total = 0.0
    term = 1.0
    k = 0
    while abs(term) > tol:
        if k % 2 == 0:
            term = 4.0 / (2 * k + 1)
        else:
            term = -4.0 / (2 * k + 1)
        total += term
        nothing()
        k += 1
    return total, k


def main():
    exponent = 7
    if len(sys.argv) > 1:
        exponent = int(sys.argv[1])
    tol = 1.0 / 10 ** exponent
    total, k = leibniz(tol)
    print("iterations", k)
    print("pi", total)
    print("checksum", k + int(total * 1000000))


main()
