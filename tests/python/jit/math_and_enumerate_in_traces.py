# math functions of one float, math.floor/ceil, enumerate() of a sequence and iter() of an iterator are
# computed in traces; where the builtins raise or return other types, they must still do what CPython does.
import math

values = [i * 0.37 - 5.0 for i in range(400)] + [0.0, -0.0, 1e-300, 710.0, -710.0, 1e300, float("inf"),
                                                   float("-inf"), float("nan"), 3, -4, True, 2**70]


def apply(f, xs):
    out = []
    total = 0.0
    for x in xs:
        try:
            r = f(x)
            total += r if r == r else 0.0
            if isinstance(r, int) and not isinstance(r, bool):
                out.append(r % 1000)
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return round(total, 6), out[-20:]


for name in ["sin", "cos", "tan", "atan", "sinh", "tanh", "exp", "fabs", "floor", "ceil"]:
    print(name, apply(getattr(math, name), values))
print("asin", apply(math.asin, [x / 400.0 for x in range(-500, 500)]))
print("acos", apply(math.acos, [x / 400.0 for x in range(-500, 500)]))
print("cosh", apply(math.cosh, values[:50] + [800.0]))


def direct(n):
    total = 0.0
    k = 0
    for i in range(n):
        x = i * 0.01
        total += math.sin(x) * math.cos(i) + math.exp(-x) - math.fabs(math.tan(x * 0.1))
        k += math.floor(x * 3.3) - math.ceil(-x) + math.floor(i) + math.ceil(i)
    return round(total, 9), k


print(direct(3000))


def pairs(seqs):
    total = 0
    for seq in seqs:
        for i, v in enumerate(seq):
            total += i * (v if isinstance(v, int) else len(v))
    return total


print(pairs([[1, 2, 3], (4, 5), range(3, 9)] * 500 + ["abc", {7: 1, 8: 2}, iter([5, 6]), [[1], [2, 2]]]))


def gen(n):
    for i in range(n):
        yield i * 2


def iterators(n):
    total = 0
    for i in range(n):
        it = enumerate((i, i + 1))
        for k, v in iter(it):
            total += k + v
        for x in iter(gen(3)):
            total += x
        z = zip([1, 2], [3, 4])
        for a, b in iter(z):
            total += a * b
    return total


print(iterators(2000))
