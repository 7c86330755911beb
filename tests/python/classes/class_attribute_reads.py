# Reads through a class (C.X, C.helper(...)) are cached per instruction: every change to the class or to a
# base class, made between two reads of the same instruction, must show at the next read.
class Base:
    LIMIT = 10

    @staticmethod
    def helper(a):
        return a + 1

    @classmethod
    def make(cls):
        return cls.__name__


class C(Base):
    X = 1


def read_all():
    return C.X, C.LIMIT, C.helper(1), C.make(), C.__name__, Base.LIMIT


out = []
for i in range(12):
    out.append(read_all())
    if i == 2:
        C.X = 2
    elif i == 4:
        Base.LIMIT = 20
    elif i == 6:
        Base.helper = staticmethod(lambda a: a * 100)
    elif i == 8:
        Base.X = 5
    elif i == 9:
        C.LIMIT = 30
    elif i == 10:
        del C.X
for row in out:
    print(row)
del Base.X
try:
    print(C.X)
except AttributeError as e:
    print("AttributeError:", e)
print(C.make is not C.make, C.helper is C.helper, str.join(",", ["a", "b"]), C.mro()[0].__name__)
total = 0
for i in range(3000):
    total += C.LIMIT + C.helper(i)
    if i == 1500:
        Base.helper = staticmethod(lambda a: -a)
print(total)
