# Builtins that traces compute themselves: abs of ints and floats (abs of the most negative 64-bit int is a
# big int: the guard fails into the interpreter), min and max of two ints or two floats (the first of
# equal values, NaN as the builtin compares), a list's append, and the same builtins on other types
# (mixed int/float, bools, strings, a list subclass's instance method) going through the generic call.


def ints(n):
    s = 0
    for i in range(n):
        s += abs(i - 500) + min(i, 300) + max(i, 700)
    return s


def floats(n):
    t = 0.0
    for i in range(n):
        x = (i % 13) * 10.0 - 60.0
        t += max(-50.0, min(50.0, x))
    return t


def overflow(n):
    big = -9223372036854775807 - 1
    out = []
    for j in range(n):
        r = abs(big + (j % 3))
        if j % 700 == 0:
            out.append(r)
    return out


def mixed(n):
    acc = []
    for i in range(n):
        v = i if i % 2 else i * 0.5
        m = min(v, 3)
        if i % 250 == 0:
            acc.append((m, max(True, i % 2), min("b", "a" * (i % 3)), abs(-(i % 5) * 1.5)))
    return acc


def special():
    nan = float("nan")
    out = []
    for i in range(3000):
        a = min(nan, 1.0)
        b = max(1.0, nan)
        c = max(0.0, -0.0)
        d = min(-0.0, 0.0)
        if i == 2999:
            out.append((a, b, c, d))
    return out


class Recorder:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)


def appends(n):
    r = Recorder()
    plain = []
    for i in range(n):
        r.add(i * 2)
        plain.append(i)
        if i == n // 2:
            r.items = []          # another list from here on
    return len(r.items), sum(plain), r.items[:3]


print(ints(5000))
print(floats(5000))
print(overflow(3000))
print(mixed(3000))
print(special())
print(appends(4000))
