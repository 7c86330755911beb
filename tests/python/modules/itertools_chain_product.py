# itertools: chain, chain.from_iterable, product
from itertools import chain, product
print(list(chain('ab', [1, 2], (3,), range(2))))
print(list(chain()), list(chain([])))
print(list(chain.from_iterable(['xy', 'z', []])))
print(list(chain.from_iterable([[1, 2], [3], [[4]]])))
print(list(product('ab', [0, 1])))
print(list(product('ab', repeat=2)))
print(len(list(product(range(3), repeat=3))))
print(list(product([1, 2], 'x', [True])))
print(list(product()), list(product([], [1])))
print([''.join(p) for p in product('01', repeat=3)])
