# Errors of *args / **kwargs in calls name the callable as CPython does (module.qualname() for Python
# functions, methods and classes), and a keyword after **mapping that repeats one of its keys is an error.
def f(a=1, b=2): return a
class C:
    def m(self, a=1): return a
for g in (f, C().m, C.m, len, print):
    try:
        g(**{"a": 1}, **{"a": 2})
    except TypeError as e:
        print(e)
    try:
        g(*5)
    except TypeError as e:
        print(e)
    try:
        g(**[1])
    except TypeError as e:
        print(e)
try:
    [*5]
except TypeError as e:
    print(e)
try:
    print(*5, sep="")
except TypeError as e:
    print(e)
class K:
    def __init__(self, a=0):
        self.a = a
for call in (lambda: K(**{"a": 1}, a=2), lambda: K(*None), lambda: f(**{"b": 1}, a=3, b=4)):
    try:
        call()
    except TypeError as e:
        print(e)
print(f(**{"b": 1}, a=3), f(*[4], **{"b": 5}), K(**{"a": 6}).a)
