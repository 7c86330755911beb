# int() and float() of numbers are converted in the trace; values a long cannot hold, infinities and NaN
# fail a guard and the interpreter converts them (a big int, OverflowError, ValueError).
def truncations(xs):
    out = []
    for x in xs:
        out.append(int(x))
    return out


def floats_of(ns):
    acc = 0.0
    for n in ns:
        acc += float(n) * 0.5
    return acc


def cells(points, grid):
    hits = [0] * grid
    for x in points:
        gx = int(x * grid)
        if 0 <= gx < grid:
            hits[gx] += 1
    return hits


xs = [i * 0.37 - 50.0 for i in range(300)] + [-0.0, 0.99999, -0.99999, 2.0 ** 62, -(2.0 ** 63), 2.0 ** 63, 1e300]
print(sum(truncations(xs)))
print(truncations(xs)[-8:])
for bad in (float("inf"), float("nan")):
    try:
        truncations([1.5] * 50 + [bad])
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(floats_of(list(range(2000)) + [2 ** 53 + 1, 2 ** 62, -(2 ** 63)]))
print(floats_of([0.25] * 100 + [3]))
print(cells([(i * 7919 % 1000) / 1000.0 for i in range(3000)], 10))
print(truncations([7, -3, 2 ** 62, True] * 30)[-4:])
