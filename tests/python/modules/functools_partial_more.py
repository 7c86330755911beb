# functools.partial with positional and keyword merging
from functools import partial
def describe(a, b, c=0, *rest, sep='/', **extra):
    return sep.join(str(x) for x in (a, b, c) + rest) + (' ' + str(sorted(extra.items())) if extra else '')
p1 = partial(describe, 1)
print(p1(2), p1(2, 3, 4, 5), p1(2, sep='-'))
p2 = partial(describe, 1, 2, sep=':')
print(p2(), p2(9), p2(sep='|'), p2(flag=True))
p3 = partial(p2, 3)
print(p3(), p3(4, z=1))
add = partial(lambda x, y: x + y)
print(add(1, 2), add('a', 'b'))
pw = [partial(pow, b) for b in range(2, 5)]
print([f(2) for f in pw])
