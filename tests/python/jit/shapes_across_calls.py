# A compiled loop reads an instance's attributes before and after a call it does
# not inline; the call sometimes changes that instance's layout (adds an
# attribute, deletes one, turns a float attribute into an int), or another
# instance's. The reads after the call must see the change.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def touch(p, q, i, n):
    # Recursive, so it stays a call in the trace.
    if n > 0:
        return touch(p, q, i, n - 1)
    if i == 700:
        p.extra = 5
    if i == 1400:
        q.z = 1
    if i == 2100:
        del p.y
        p.y = 7
    if i == 2500:
        p.x = 3
    return 0


def run(ps, q):
    t = 0.0
    for i in range(len(ps)):
        p = ps[i]
        t += p.x
        touch(p, q, i, 2)
        t += p.x * 2 + p.y
        if hasattr(p, "extra"):
            t += p.extra
    return t


ps = [P(float(i), i) for i in range(3000)]
print(run(ps, P(0.5, 1)))
ps = [P(float(i), i) for i in range(3000)]
print(run(ps, ps[1500]))


class Counter:
    def __init__(self):
        self.n = 0


def bump(c, k):
    if k > 0:
        return bump(c, k - 1)
    c.n += 1
    if c.n == 500:
        c.m = 0.5
    return c.n


def count(cs):
    s = 0
    for c in cs:
        s += bump(c, 1)
        s += c.n
        s += getattr(c, "m", 0)
    return s


c = Counter()
print(count([c] * 2000), c.n, c.m)
