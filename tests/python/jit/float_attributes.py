# Float attributes updated in hot loops are kept unboxed in their slots by compiled code.
# Everything that reads them afterwards (the interpreter, vars(), repr, other loops) must see
# plain floats, and changing an attribute to another type or deleting it mid-loop must work.


class Body:
    def __init__(self, x, vx):
        self.x = x
        self.vx = vx

    def __repr__(self):
        return "Body(%r, %r)" % (self.x, self.vx)


def advance(b, steps):
    for _ in range(steps):
        b.vx -= b.x * 0.001
        b.x += b.vx * 0.01
    return b


b = advance(Body(1.0, 0.0), 3000)
print(b)
print(type(b.x).__name__, type(b.vx).__name__)
print(vars(b))
print(b.x == b.x, b.x + 1.0 > b.x, round(b.x * b.vx, 9))


def retype(bodies, n):
    # The attribute becomes an int, then a string, half-way through the loop.
    out = []
    for i in range(n):
        o = bodies[i % len(bodies)]
        if i == n // 2:
            o.x = 7
        if i == 3 * n // 4:
            o.x = "seven"
        if isinstance(o.x, float):
            o.x = o.x * 0.5 + 1.0
        else:
            out.append(o.x)
    return out


bodies = [Body(float(k), 0.0) for k in range(4)]
seen = retype(bodies, 2000)
print(len(seen), seen[:2], seen[-2:])
print([repr(o.x) for o in bodies])


def delete_and_restore(o, n):
    total = 0.0
    for i in range(n):
        o.vx += 0.25
        if i == n - 10:
            del o.vx
            o.vx = -1.0
        total += o.vx
    return total


o = Body(0.0, 0.0)
print(delete_and_restore(o, 1500), o.vx, hasattr(o, "vx"))


class Counter:
    def __init__(self):
        self.total = 0.0
        self.count = 0


def accumulate(c, values):
    for v in values:
        c.total += v
        c.count += 1
    return c


c = accumulate(Counter(), [0.5 * i for i in range(2500)])
print(c.total, c.count, c.total / c.count)
c = accumulate(c, [1, 2, 3])
print(c.total, type(c.total).__name__, c.count)
