# __call__
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add5 = Adder(5)
print(add5(10), callable(add5), callable(Adder), callable(5))
print(list(map(add5, [1, 2, 3])))
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return (args, kwargs, self.calls)
c = Counter()
print(c(), c(1, 2), c(k='v'))
print(c.calls)
class Poly:
    def __init__(self, *coef):
        self.coef = coef
    def __call__(self, x):
        r = 0
        for a in self.coef:
            r = r * x + a
        return r
p = Poly(1, 0, -1)
print([p(x) for x in range(-2, 3)])
print(sorted([3, -1, 2], key=Adder(-10)))
