# keyword-only arguments after * and *args
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2))
print(f(1, b=2, c=4))
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
def g(*args, sep='-', end='.'):
    return sep.join(str(a) for a in args) + end
print(g(1, 2, 3))
print(g(1, 2, 3, sep='+', end='!'))
def h(a, *rest, key):
    return a, rest, key
print(h(1, 2, 3, key='k'))
try:
    h(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
def both(*, x, y):
    return x - y
print(both(y=1, x=10))
