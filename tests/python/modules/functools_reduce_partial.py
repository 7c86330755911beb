# functools: reduce and partial
from functools import reduce, partial
import functools
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 11)))
print(reduce(lambda a, b: a + b, [], 'empty'), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, s: acc + s[0], ['apple', 'banana'], ''))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(5), two_to(10), square(base=3))
int2 = partial(int, base=2)
print(int2('1011'), int2('111'))
greet = functools.partial(print, 'Hello', sep=', ')
greet('World')
greet('A', 'B')
print(partial(max, 5)(1, 2), partial(sorted, reverse=True)([2, 3, 1]))
