# One attribute read, attribute store and method call site seeing instances of many classes and layouts
# (the interpreter's per-site caches keep a few entries, newest first, and start over past that), with the
# classes and instances changing under the site: a method rebound on a class, an attribute deleted from
# an instance, a property replacing a plain attribute, an attribute added in another order.


class A:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


class B(A):
    def get(self):
        return self.v * 10


class C:
    def __init__(self, v):
        self.w = 0
        self.v = v

    def get(self):
        return -self.v


class D:
    @property
    def v(self):
        return 7

    def get(self):
        return 700


class E(A):
    pass


def read_all(objs):
    total = 0
    for o in objs:
        total += o.v          # one LOAD_ATTR site
        total += o.get()      # one method site
    return total


def write_all(objs, k):
    for o in objs:
        if not isinstance(o, D):
            o.v = k           # one STORE_ATTR site


objs = [A(1), B(2), C(3), D(), E(5), A(6), C(7)]
print(read_all(objs))
for round in range(3):
    write_all(objs, round)
    print(round, read_all(objs))

A.get = lambda self: self.v + 1000       # rebinding a method: E inherits it, B overrides it
print(read_all(objs))

del objs[0].v
try:
    read_all(objs)
except AttributeError as e:
    print("AttributeError:", e)
objs[0].v = 11
print(read_all(objs))

late = A(0)
late.extra = 1            # another layout for class A
late.v = 12
objs.append(late)
print(read_all(objs))

B.v = property(lambda self: 99)          # a property now shadows B's instance attribute
print(read_all(objs))
print([type(o).__name__ for o in objs])
