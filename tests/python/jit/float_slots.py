# An attribute first set to a float gets a float slot: the instance's shape says so, and compiled code
# reads and writes the double without checking the slot. Every way an attribute stops being a float
# (another type stored, deleted, a new instance setting it to something else first) must move the
# instance to a shape with a plain slot, in the interpreter and in compiled loops alike, and instances
# made in compiled loops (or rebuilt at a deopt) must keep the invariant.
import math


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "P(%r, %r)" % (self.x, self.y)


def make_many(n):
    # Instances made in a loop: the trace adds float slots; one in 7 starts with an int x.
    out = []
    for i in range(n):
        if i % 7 == 3:
            out.append(P(i, i * 0.5))
        else:
            out.append(P(i * 0.25, -i * 0.5))
    return out


ps = make_many(700)
print(ps[0], ps[3], ps[699], sum(p.x for p in ps), sum(p.y for p in ps))


def update(ps, rounds):
    # Reads and writes float slots; some instances hold ints, and some turn into ints or strs mid-way.
    total = 0.0
    for r in range(rounds):
        for k, p in enumerate(ps):
            if r == rounds // 2 and k % 50 == 0:
                p.x = k
            if r == 3 * rounds // 4 and k % 90 == 1:
                p.y = "y%d" % k
            if isinstance(p.y, float):
                p.y = p.y * 0.5 + p.x
                total += p.y
            else:
                total += len(p.y)
    return total


print(update(ps[:200], 40))
print(ps[0], ps[1], ps[50], ps[91])


def special_values(n):
    # -0.0, inf and nan go through the slot unchanged; a bool is not a float.
    p = P(0.0, 1.0)
    seen = []
    for i in range(n):
        if i % 4 == 0:
            p.x = -0.0
        elif i % 4 == 1:
            p.x = math.inf
        elif i % 4 == 2:
            p.x = math.nan
        else:
            p.x = -p.y
        seen.append(p.x)
    p.y = True
    return seen[-4:], p.y, p.y + 1, type(p.y).__name__


print(special_values(1000))


def deletes(n):
    # del of a float attribute, then the attribute back as an int, then as a float again.
    p = P(1.5, 2.5)
    log = []
    for i in range(n):
        p.x += 1.0
        if i == n // 3:
            del p.x
            log.append(hasattr(p, "x"))
            p.x = 10
        if i == 2 * n // 3:
            p.x = float(p.x)
    log.append(p.x)
    log.append(sorted(vars(p).items()))
    return log


print(deletes(900))


def escapes(n):
    # A P made in the loop stays unallocated in the trace until a rare branch (a deopt) needs it: it is
    # rebuilt then, with its float slots, and the interpreter keeps updating it.
    kept = []
    acc = 0.0
    for i in range(n):
        q = P(i * 1.5, 2.0)
        q.x += q.y
        if i % 97 == 0:
            q.y = q.x * 2
            q.x -= 1.0
            kept.append(q)
        acc += q.x
    return acc, kept[:3], len(kept)


print(escapes(2000))


def with_builtins(ps, n):
    # setattr/getattr/vars with float and non-float values.
    for i in range(n):
        p = ps[i % len(ps)]
        setattr(p, "x", getattr(p, "x", 0.0) + 0.5 if isinstance(p.x, float) else 0.5)
        if i % 250 == 0:
            setattr(p, "x", str(i))
    return [vars(p) for p in ps[:4]]


print(with_builtins([P(0.0, 0.0) for _ in range(5)], 1200))


class Sub(P):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def subclass_loop(n):
    s = Sub(0.5, 1.5, 2.5)
    for i in range(n):
        s.z = s.x + s.y + s.z * 0.5
        if i == n - 3:
            s.x = None
            s.x = 0.0
    return s.x, s.y, round(s.z, 6), sorted(vars(s))


print(subclass_loop(1500))


def fresh_after_plain(n):
    # Once instances have set x to a non-float at this step, later ones get a plain slot too: same output.
    out = []
    for i in range(n):
        p = P(None, 0.0) if i == n // 2 else P(i * 1.0, 0.0)
        p.x = p.x if p.x is not None else -1.0
        out.append(p.x)
    return sum(out), out[n // 2], out[-1]


print(fresh_after_plain(1500))
