# Objects a loop makes and drops within an iteration are not allocated in traces (allocation removal):
# guards fail while such objects are only described by snapshots (in the loop's frame and in inlined
# methods), objects escape in every way (stored in a list, passed to a builtin, kept across iterations,
# compared by identity, one object in two variables), attributes change after being read, and a method
# raises with a virtual self on the stack.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y

    def norm_or_fail(self, limit):
        n = self.dot(self)
        if n > limit:
            raise ValueError("too long: %r" % (n,))
        return n


def sums(n):
    # b and c live one iteration; their y turns from float to int at i == 300 (a failing float guard).
    a = Vec(1.0, 2.0)
    total = 0.0
    for i in range(n):
        y = 1.0 if i < 300 else 1
        b = Vec(i * 0.5, y)
        c = a.add(b)
        total += c.dot(b)
    return total


def escapes(n):
    kept = []
    last = None
    same = 0
    for i in range(n):
        v = Vec(i, i + 1)
        w = v
        if i % 97 == 0:
            kept.append(v)              # stored in a list
        if i % 89 == 0:
            last = v                    # kept across iterations
        if w is v:
            same += 1
        v.x = v.x + 1                   # written after it was read
        if i == n - 1:
            print("str of a new object:", type(v).__name__, v.x, v.y)
    return len(kept), kept[-1].x, last.y, same


def mutate(n):
    # An attribute written twice in an iteration; a guard on an attribute's type fails at i == 500.
    acc = 0
    for i in range(n):
        p = Vec(i, 0)
        p.y = p.x * 2
        p.y = p.y + (1 if i != 500 else 0.5)
        acc += p.y
    return acc


def raising(n):
    out = 0.0
    for i in range(n):
        v = Vec(1.0, i * 0.01)
        try:
            out += v.norm_or_fail(500.0)
        except ValueError as e:
            out = -out
            last_error = str(e)
    return out, last_error


def pairs(n):
    # Objects built from objects: the inner one is stored into the outer one.
    t = 0
    for i in range(n):
        seg = Vec(Vec(i, 1), Vec(1, i))
        t += seg.x.x + seg.y.y + seg.x.y
    return t


print(sums(3000))
print(escapes(3000))
print(mutate(3000))
print(raising(3000))
print(pairs(3000))


def uncaught(n):
    s = 0.0
    for i in range(n):
        s += Vec(i, i).norm_or_fail(1e8)
    return s


print(uncaught(10000))
