# An inner loop's trace takes a bridge around its outer loop; the outer loop's own end inside that bridge is an
# exit that leads straight to the function's return (or a generator's yield), and its bridge ends there.
def count_flips(perm):
    flips = 0
    first = perm[0]
    while first != 0:
        i = 0
        j = first
        while i < j:
            perm[i], perm[j] = perm[j], perm[i]
            i += 1
            j -= 1
        flips += 1
        first = perm[0]
    return flips


def flips_and_tail(perm, scale):
    # the code between the outer loop's end and the return does work of its own
    flips = 0
    first = perm[0]
    while first != 0:
        i = 0
        j = first
        while i < j:
            perm[i], perm[j] = perm[j], perm[i]
            i += 1
            j -= 1
        flips += 1
        first = perm[0]
    total = 0.0
    for x in perm[:3]:
        total += x * scale
    return flips, total


def flips_or_raise(perm, limit):
    flips = 0
    first = perm[0]
    while first != 0:
        i = 0
        j = first
        while i < j:
            perm[i], perm[j] = perm[j], perm[i]
            i += 1
            j -= 1
        flips += 1
        first = perm[0]
    if flips > limit:
        raise ValueError("too many flips: %d" % flips)
    return flips


def flip_counts(perms):
    # a generator: its outer loop's end leads to a yield, then to the next permutation
    for perm in perms:
        flips = 0
        first = perm[0]
        while first != 0:
            i = 0
            j = first
            while i < j:
                perm[i], perm[j] = perm[j], perm[i]
                i += 1
                j -= 1
            flips += 1
            first = perm[0]
        yield flips


def permutations_of(n, count):
    perms = []
    perm = list(range(n))
    for k in range(count):
        # a deterministic shuffle: rotate and swap by k
        perm = perm[k % n:] + perm[:k % n]
        a = (k * 7) % n
        b = (k * 3 + 1) % n
        perm[a], perm[b] = perm[b], perm[a]
        perms.append(list(perm))
    return perms


def main():
    perms = permutations_of(7, 3000)
    total = 0
    most = 0
    for p in perms:
        f = count_flips(list(p))
        total += f
        if f > most:
            most = f
    print("count_flips", total, most)

    acc = 0.0
    flips = 0
    for k, p in enumerate(perms):
        f, t = flips_and_tail(list(p), 0.5 if k % 3 else 2)
        flips += f
        acc += t
    print("flips_and_tail", flips, acc)

    raised = 0
    returned = 0
    for p in perms:
        try:
            returned += flips_or_raise(list(p), 6)
        except ValueError as e:
            raised += 1
            last = str(e)
    print("flips_or_raise", returned, raised, last)

    print("flip_counts", sum(flip_counts([list(p) for p in perms])))
    # an int that grows past 64 bits in the code after the loops
    big = 1
    for p in perms[:200]:
        big = big * (count_flips(list(p)) + 2)
    print("big", big % 1000000007, big.bit_length())


main()
