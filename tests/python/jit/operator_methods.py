# Operator methods (__add__, __radd__, __neg__ ...), property getters and __call__ of Python classes,
# inlined into traces. Their guards fail on purpose (other operand types, a method that returns
# NotImplemented on some paths, a class patched mid-loop), so a deoptimized method finishes the operator
# in the interpreter: NotImplemented must still raise the right TypeError, at the right line.


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return V(self.x + o, self.y + o)
        return NotImplemented

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    def __rmul__(self, k):
        return V(k * self.x, k * self.y)

    def __neg__(self):
        return V(-self.x, -self.y)

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)

    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)


class Scale:
    def __init__(self, k):
        self.k = k

    def __call__(self, v):
        return v * self.k


def arithmetic(n):
    p = V(0.0, 0.0)
    d = V(1.0, 0.5)
    s = Scale(0.5)
    t = 0.0
    for i in range(n):
        p = p + d * 0.25 - (-d) * 0.5
        q = 2 * p + s(d)
        if i % 7 == 3:
            q = q + 1          # an int operand: another path of __add__
        t += q.norm1
    return p, t


def not_implemented(n):
    a = V(1, 2)
    out = []
    for i in range(n):
        other = V(i, i) if i < n - 1 else "text"
        try:
            a = a + other
        except TypeError as e:
            out.append(str(e))
    return a, out


class W:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return W(self.v + o.v)


def patched(n):
    w = W(0)
    one = W(1)
    for i in range(n):
        if i == n // 2:
            W.__add__ = lambda self, o: W(self.v + 10 * o.v)
        w = w + one
    return w.v


def inplace(n):
    acc = V(0, 0)
    for i in range(n):
        acc += V(i, 1)
        acc -= V(1, 0)
    return acc


print(arithmetic(200))
print(not_implemented(50))
print(patched(100))
print(inplace(300))


def bad(n):
    v = V(1, 1)
    for i in range(n):
        v = v + (None if i == n - 1 else 1)
    return v


bad(40)
