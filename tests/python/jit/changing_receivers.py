# The value at one place in a loop changes kind after the loop was compiled: an instance of a program's class,
# then an int, a list, a function or an instance of another class. Every guard the trace made on the first
# kind must fail cleanly (back to the interpreter), never cast the new value to what it expected.
import math


class P:
    def __init__(self):
        self.real = 5
        self.items = []

    def append(self, v):
        self.items.append(v * 2)


class Q:
    def __init__(self, x):
        self.x = x

    def value(self):
        return self.x + 1


class R:
    def __init__(self, x):
        self.x = x * 1.5

    def value(self):
        return -self.x


def read_real(objs):
    # An attribute read on instances, then on ints (which have .real too).
    t = 0
    for o in objs:
        t += o.real
    return t


print(read_real([P()] * 3000 + [7] * 10 + [P()] * 10))
print(read_real([7] * 10 + [P()] * 3000 + [2.5] * 5))


def call_append(targets):
    # A method found on a program's class, then the list method of the same name.
    p = targets[0]
    for i, t in enumerate(targets):
        t.append(i)
    return len(p.items), sum(p.items)


lst = []
print(call_append([P()] * 2000 + [lst] * 7), lst)


def g():
    return 0


def store_attr(objs):
    # An attribute store on instances, then on a function (functions take attributes too).
    for i, o in enumerate(objs):
        o.x = i * 0.5
    return objs[0].x, objs[-1].x


print(store_attr([Q(1.0) for _ in range(1500)] + [g]), g.x)


def float_then_other_class(objs):
    # A float slot read and written, then the same code on an instance of another class.
    acc = 0.0
    for o in objs:
        o.x += 0.25
        acc += o.x
    return acc


print(float_then_other_class([R(k) for k in range(1500)] + [Q(1), Q(2.5), Q(3)]))


def methods(objs):
    # The same method name on two classes, then on an int that has no such method.
    out = 0.0
    try:
        for o in objs:
            out += o.value()
    except AttributeError as e:
        return out, str(e)
    return out, None


print(methods([Q(k) for k in range(1200)] + [R(k) for k in range(20)] + [3]))


def call_values(fs):
    # A call of a class, then of a function, then of a builtin.
    made = []
    for f in fs:
        made.append(f(2))
    return type(made[0]).__name__, made[-3:]


print(call_values([Q] * 1500 + [abs, math.sqrt, str]))


def unpack(pairs):
    # A tuple unpacked, then a list, then a str of two characters.
    s = 0
    last = None
    for p in pairs:
        a, b = p
        if isinstance(a, int):
            s += a - b
        last = (a, b)
    return s, last


print(unpack([(i, i // 2) for i in range(2000)] + [[5, 1], "xy"]))


def subscripts(seqs):
    # An index into a list, then a tuple, a str, a dict and a range.
    out = []
    for s in seqs:
        out.append(s[1])
    return out[0], out[-5:]


print(subscripts([[1, 2, 3]] * 1500 + [(4, 5), "abc", {1: "one"}, range(3, 9), b"\x07\x08"]))


def lengths(xs):
    # len of a list, then of a tuple, str, dict, set and an object with __len__.
    class Sized:
        def __len__(self):
            return 42

    t = 0
    for x in xs + [Sized()]:
        t += len(x)
    return t


print(lengths([[0] * 3] * 1500 + [(1,), "four", {1: 2}, {1, 2, 3}]))
