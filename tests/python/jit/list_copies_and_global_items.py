# list[:] is a list copy in traces, and items of a global list or tuple (a constant in traces) are read
# directly: the copy must be a new list of the items at that moment, and a global list's items may change,
# or the global be rebound, while the loop runs.
TABLE = [10, 20, 30, 40, 50]
PAIR = (7, 8)


def copies(n):
    src = [0, 1, 2]
    total = 0
    kept = []
    for i in range(n):
        c = src[:]
        d = src[::]
        c.append(i)
        src[i % 3] += 1
        total += len(c) + c[0] - d[0] + (c is not src) + (c == d + [i])
        if i % 500 == 0:
            kept.append(c)
    print(total, kept[-1], src, kept[0] is not kept[1])


copies(3000)


def mixed(values):
    total = 0
    for v in values:
        try:
            total += len(v[:])
        except TypeError:
            total -= 1
    return total


print(mixed([[1, 2]] * 2000 + [(1, 2, 3), "abcd", b"xy", range(6), {1: 2}, [4] * 9, 5]))


def lookups(n):
    global TABLE
    total = 0
    for i in range(n):
        total += TABLE[i % 5] + TABLE[-1] + PAIR[1] + PAIR[i % 2]
        if i == 1500:
            TABLE[0] = 1000
        if i == 2500:
            TABLE = [1, 2, 3, 4, 5]
    return total


print(lookups(4000))


def reads(n):
    total = 0
    for i in range(n):
        total += TABLE[i % 5] * 3 + TABLE[-2] + PAIR[1] - PAIR[i % 2] + TABLE[2]
        if i % 1000 == 999:
            TABLE[2] += 1
    return total


print(reads(3000))
TABLE[-2] = -40
print(reads(3000))
TABLE = [5, 4, 3, 2, 1, 0]
print(reads(3000))
PAIR = (1,)
try:
    print(reads(3000))
except IndexError as e:
    print("IndexError:", e)
PAIR = (1, 2)


def out_of_range(n):
    total = 0
    for i in range(n):
        try:
            total += TABLE[i % 7]
        except IndexError:
            total -= 1
        try:
            total += PAIR[i % 3]
        except IndexError:
            total -= 2
    return total


print(out_of_range(3000))
