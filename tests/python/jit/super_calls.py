# super() in hot code: the trace reads the method from the class after __class__ in self's MRO, behind the
# guard on self's layout, and inlines it; the classes changing mid-loop, and an error inside a method
# reached through super().


class Base:
    def __init__(self, a):
        self.a = a

    def value(self, k):
        return self.a * k

    def check(self, k):
        return 100 // k


class Mid(Base):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b

    def value(self, k):
        return super().value(k) + self.b

    def check(self, k):
        return super().check(k) + 1


class Leaf(Mid):
    def value(self, k):
        return super().value(k) + 1


def run(n):
    t = 0
    objs = [Mid(1, 2), Leaf(3, 4)]
    for i in range(n):
        o = Mid(i, 1) if i % 2 else Leaf(i, 2)
        t += o.value(3) + objs[i % 2].value(i)
        if i == n // 2:
            Base.value = lambda self, k: self.a - k    # the classes change mid-loop
    return t


def checks(n):
    t = 0
    o = Leaf(1, 2)
    for i in range(n):
        t += o.check(n - i - 1)    # the last call divides by zero inside Base.check
    return t


print(run(20000))
print(checks(3000))
