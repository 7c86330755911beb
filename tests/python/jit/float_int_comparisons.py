# Comparisons of a float with an int are compiled as float comparisons while the int converts exactly
# (up to 2**53 in magnitude): beyond that CPython compares exactly, and so must the loop.
def count_signs(xs):
    neg = zero = pos = 0
    for x in xs:
        if x < 0:
            neg += 1
        elif x == 0:
            zero += 1
        else:
            pos += 1
    return neg, zero, pos


def against_ints(x, ks):
    out = []
    for k in ks:
        out.append((x < k, x <= k, x == k, x != k, x > k, x >= k, k < x, k == x))
    return out


floats = [(-1.0) ** i * (i % 7) * 0.5 for i in range(3000)] + [float("nan"), float("inf"), -float("inf"), -0.0]
print(count_signs(floats))

big = 2 ** 53
ks = list(range(-3, 4)) * 200 + [big, big + 1, -big, -big - 1, 2 ** 63, -(2 ** 63) - 5, 10 ** 30]
for x in (0.5, -0.0, 2.0 ** 53, 2.0 ** 53 + 2.0, float("nan"), float("inf"), 1e30):
    r = against_ints(x, ks)
    print(x, r[:8], r[-7:], sum(sum(t) for t in r))


def threshold_crossings(n):
    # The int operand grows past 2**53 in the middle of the loop.
    f = 9007199254740992.0
    hits = 0
    i = 2 ** 53 - n // 2
    for _ in range(n):
        if f >= i:
            hits += 1
        if i > f:
            hits += 100
        i += 1
    return hits


print(threshold_crossings(1000))
