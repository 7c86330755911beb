# TypeError messages for too many positional arguments
def f(a, b):
    return a + b
def g():
    return 0
def h(a, b=2):
    return a
def k(a, *, b=1):
    return a
for t in [lambda: f(1, 2, 3), lambda: g(1), lambda: h(1, 2, 3), lambda: k(1, 2)]:
    try:
        t()
    except TypeError as e:
        print(e)
class C:
    def m(self, a):
        return a
try:
    C().m(1, 2)
except TypeError as e:
    print(e)
