# TypeError messages for missing arguments
def f(x):
    return x
def g(a, b, c=3):
    return a + b + c
def h(a, b, *, k):
    return a
tests = [
    lambda: f(),
    lambda: g(1),
    lambda: g(),
    lambda: h(1, 2),
    lambda: h(k=1),
    lambda: h(),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
class C:
    def method(self, x):
        return x
    def two(self, a, b):
        return a
try:
    C().method()
except TypeError as e:
    print(e)
try:
    C().two(1)
except TypeError as e:
    print(e)
