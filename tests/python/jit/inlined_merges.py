# Branches inside functions a hot loop inlines: each side that the trace did not take becomes a bridge that
# joins the trace again after the if, inside the call (a merge point in an inlined frame). The sides change
# kinds (int or float), leave a local unbound, return early, raise, and nest one inlined call in another.


def clamp(x, lo, hi):
    if x < lo:
        x = lo
    elif x > hi:
        x = hi
    return x


def scale(v, k):
    # an int on one side, a float on the other
    if k % 3 == 0:
        r = v * 2
    else:
        r = v * 0.5
    return r


def pick(a, b, flag):
    if flag:
        chosen = a
    else:
        chosen = b
    return clamp(chosen, -5, 5) + 1


def maybe(i):
    if i % 4 == 0:
        found = i
    if i % 4 == 0:
        return found
    return -1


def early(xs, i):
    if i % 7 == 0:
        return 0
    total = 0
    for x in xs:
        if x > i % 5:
            total += x
    return total


class Acc:
    def __init__(self):
        self.n = 0
        self.big = 0

    def add(self, v):
        if v > 3:
            self.big += 1
            v = 3
        self.n += v
        return self


def checked(i):
    if i == 1995:
        raise ValueError("bad value %d" % i)
    return i


def run(n):
    s = 0
    f = 0.0
    acc = Acc()
    xs = [1, 2, 3, 4, 5, 6]
    for i in range(n):
        s += clamp(i % 17 - 8, -3, 4)
        f += scale(i, i)
        s += pick(i % 13, -(i % 11), i % 2 == 0)
        s += maybe(i)
        s += early(xs, i)
        acc.add(i % 6)
        s = s + (clamp(i, 0, 9) if i % 3 else scale(i, 3))
    return s, f, acc.n, acc.big


print(run(10))
print(run(2000))

total = 0
try:
    for i in range(3000):
        total += checked(i) % 10
except ValueError as e:
    print("caught", e, total)


def nested_stack(n):
    out = []
    for i in range(n):
        out.append((i, clamp(i % 9, 2, 6) * (pick(i, -i, i % 3 == 0))))
    return out[-3:], len(out)


print(nested_stack(500))


def run_bad(n):
    t = 0
    for i in range(n):
        t += checked(i + 1990)
    return t


run_bad(100)
