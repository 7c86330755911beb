# Loops left by a return: the traces of these loops get bridges that run to the function's return and leave
# for the interpreter there. The return sits in a nested loop, in a try/finally, in a with block, in an
# else branch; it returns floats, tuples and objects; and one function returns by raising.


class Box:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "Box(%r)" % (self.v,)


def first_multiple(xs, k):
    for x in xs:
        if x % k == 0:
            return x
    return None


def find_pair(n, target):
    i = 0
    while i < n:
        for j in range(i, n):
            if i * j == target:
                return (i, j)
        i += 1
    return (-1, -1)


log = []


def guarded(xs, stop):
    try:
        total = 0.0
        for x in xs:
            total += x * 0.5
            if total > stop:
                return total
        return -total
    finally:
        log.append(stop)


class Ctx:
    def __init__(self):
        self.entered = 0
        self.exited = 0

    def __enter__(self):
        self.entered += 1
        return self

    def __exit__(self, *exc):
        self.exited += 1
        return False


ctx = Ctx()


def inside_with(xs, limit):
    with ctx:
        acc = 0
        for x in xs:
            acc += x
            if acc > limit:
                return Box(acc)
        return Box(-acc)


def strict(xs, bad):
    for x in xs:
        if x == bad:
            raise KeyError(x)
    return len(xs)


data = list(range(1, 40))
s = 0
pairs = []
boxes = []
fs = 0.0
errors = 0
for n in range(600):
    r = first_multiple(data, n % 37 + 2)
    s += r if r is not None else -1
    pairs.append(find_pair(12, n % 50))
    fs += guarded(data, n % 300)
    boxes.append(inside_with(data, n % 900))
    try:
        s += strict(data, n % 60)
    except KeyError as e:
        errors += e.args[0]
print(s, fs, errors)
print(pairs[:8], pairs[-3:])
print(boxes[:3], boxes[-3:])
print(len(log), log[-3:], ctx.entered, ctx.exited)
