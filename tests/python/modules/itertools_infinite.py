# itertools: count, repeat, islice
import itertools
from itertools import count, repeat, islice
print(list(islice(count(), 5)))
print(list(islice(count(10), 3)))
print(list(islice(count(5, 3), 4)))
print(list(islice(count(0, -2), 4)))
print(list(islice(count(1.5, 0.5), 4)))
print(list(repeat('x', 3)), list(repeat(7, 0)))
print(list(islice(repeat('inf'), 4)))
print(list(zip(count(1), 'abc')))
print(list(map(pow, range(5), repeat(2))))
print(list(islice('abcdefg', 2, None)), list(islice('abcdefg', 1, 6, 2)), list(islice('abc', 10)))
c = itertools.count()
print(next(c), next(c), next(c))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 3)), list(it))
