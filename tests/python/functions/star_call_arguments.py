# f(*xs) with xs of every kind: CALL_FUNCTION_EX makes it a tuple (a tuple passes as it is), iterating a
# generator at the call, with CPython's errors for what is not iterable.
def f(*a, **k):
    return a, sorted(k.items())

def g(a, b=2):
    return a + b

def gen():
    yield 1
    yield 2

print(f(*[1, 2]), f(*(3,)), f(*gen()), f(*"ab"), f(*range(3)), f(*{5: 6}))
print(f(**{"x": 1}), f(), f(*(), **{}))
print(g(*(1,)), g(*[4, 5]))
t = (7, 8)
r = f(*t)
print(r[0] is t)
for bad in (5, None):
    try:
        f(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    g(*[1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
try:
    g(*5, **{"b": 1})
except TypeError as e:
    print("TypeError:", e)
def bad_gen():
    yield 1
    raise ValueError("in gen")
try:
    g(*bad_gen())
except ValueError as e:
    print("ValueError:", e)
total = 0
rows = [(1, 2), (3,), [4, 5]]
for i in range(500):
    total += g(*rows[i % 3])
print(total)


def noisy_gen():
    print("gen runs")
    yield 1


def side():
    print("keyword evaluated")
    return 2


print(f(*noisy_gen(), k=side()))
