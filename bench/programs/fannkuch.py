# Fannkuch-redux: for every permutation of 0..n-1 (in the order produced by
# the classic rotation-counter scheme) count the prefix reversals ("pancake
# flips") needed until 0 is in front; report the maximum and an alternating
# checksum.  Measures integer list indexing, swaps and tight loops.
#
# Size argument: n.  Default 10.
import sys


def count_flips(perm):
    flips = 0
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
        flips += 1
        first = perm[0]
    return flips


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        if perm1[0] != 0:
            flips = count_flips(perm1[:])
            if flips > max_flips:
                max_flips = flips
            checksum += sign * flips
        sign = -sign
        # advance to the next permutation
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main():
    n = 10
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    checksum, max_flips = fannkuch(n)
    print(checksum)
    print("Pfannkuchen(%d) = %d" % (n, max_flips))
    print("checksum", checksum * 100 + max_flips)


main()
