# iter, next, callable
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'done'))
s = iter('ab')
print(list(s), list(s))
d = iter({'x': 1, 'y': 2})
print(next(d), next(d))
print(callable(len), callable(print), callable(lambda: 0), callable(int), callable(5), callable('s'), callable(None))
class C:
    def __call__(self):
        return 'called'
class N:
    pass
print(callable(C()), callable(N()), callable(C), C()())
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(5)
except TypeError as e:
    print(type(e).__name__, e)
r = iter(range(3))
print(iter(r) is r, list(r))
