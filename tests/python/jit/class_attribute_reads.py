# Reading an attribute of a class in a loop (a static method, a function, a constant): the trace takes
# what the class's MRO has while the class's version holds. Rebinding it, in the class or in a base class,
# in the middle of the loop must be seen at once.
class Strength:
    LIMIT = 3
    table = [10, 20, 30]

    @staticmethod
    def weaker(a, b):
        return a > b

    @staticmethod
    def weakest_of(a, b):
        if Strength.weaker(a, b):
            return a
        return b

    def plain(x):
        return x * 2

    @classmethod
    def make(cls, v):
        return cls.LIMIT + v


class Sub(Strength):
    pass


def uses(n):
    total = 0
    for i in range(n):
        total += Strength.weakest_of(i % 7, i % 5)
        total += Strength.LIMIT + Sub.LIMIT
        total += Strength.plain(i % 3)
        total += Strength.table[i % 3]
        total += Sub.make(i % 2)
    return total


def rebinds_in_the_loop(n):
    total = 0
    for i in range(n):
        total += Sub.weakest_of(i % 7, i % 5) + Sub.LIMIT
        if i == n // 3:
            Strength.LIMIT = 100
        if i == n // 2:
            Strength.weaker = staticmethod(lambda a, b: a < b)
        if i == 2 * n // 3:
            Sub.LIMIT = -1
    del Sub.LIMIT
    Strength.LIMIT = 3
    Strength.weaker = staticmethod(lambda a, b: a > b)
    return total


def missing_attribute(n):
    out = []
    for i in range(n):
        try:
            out.append(Sub.nothing if i > n - 3 else Sub.LIMIT)
        except AttributeError as e:
            out.append(str(e))
    return out[-4:]


for n in (10, 2000):
    print(uses(n))
    print(rebinds_in_the_loop(n))
    print(missing_attribute(n))
    print(Strength.__name__, Sub.__mro__[1].__name__, Sub.weaker(1, 2))
