# TypeError messages for keyword problems
def f(a, b=2):
    return a + b
tests = [
    lambda: f(1, z=3),
    lambda: f(1, a=2),
    lambda: f(a=1, b=2, c=3),
    lambda: f(1, 2, b=3),
    lambda: f(**{'a': 1, 'q': 2}),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
def kw(**kwargs):
    return kwargs
print(kw(a=1))
try:
    kw(1)
except TypeError as e:
    print(e)
