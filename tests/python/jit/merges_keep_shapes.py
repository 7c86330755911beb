# Branches inside inlined functions join again (merge points); what the trace
# knew of an object before the join must still hold after it on every path
# that joins: objects of another class, an attribute added on the other path,
# a method replaced by a call on the other path.


class A:
    def __init__(self, v):
        self.v = v
        self.w = 2

    def get(self):
        return self.v


class B:
    def __init__(self, v):
        self.w = 3
        self.v = v

    def get(self):
        return self.v * 10


def f(o, i):
    r = o.v
    if i % 5 == 0:
        r += 1
    return r + o.w


def run_mixed(objs):
    t = 0
    for i in range(len(objs)):
        o = objs[i]
        t += f(o, i) + o.v + o.get()
    return t


print(run_mixed([A(i) if i % 13 else B(i) for i in range(3000)]))


def grow(o, i):
    if i % 11 == 0:
        o.extra = i
    return o.v


def run_growing(objs):
    t = 0
    for i in range(len(objs)):
        o = objs[i]
        t += grow(o, i) + o.w + getattr(o, "extra", 0)
    return t


print(run_growing([A(i) for i in range(3000)]))


def replace_get(k):
    # Recursive: a call the trace does not inline.
    if k > 0:
        return replace_get(k - 1)
    A.get = lambda self: -self.v
    return 0


def g(o, i):
    r = o.v
    if i == 2000:
        r += replace_get(2)
    return r


def run_patched(objs):
    t = 0
    for i in range(len(objs)):
        o = objs[i]
        t += g(o, i) + o.get()
    return t


print(run_patched([A(i) for i in range(3000)]))


class C:
    def __init__(self):
        self.n = 0.0


def step(c, i):
    if i % 3 == 0:
        c.n = i          # an int into a float slot: the instance changes shape
    else:
        c.n += 0.5
    return c.n


def run_retyped(cs):
    t = 0.0
    for i in range(len(cs)):
        c = cs[i]
        t += step(c, i) + c.n
    return t


print(run_retyped([C() for _ in range(3000)]))
