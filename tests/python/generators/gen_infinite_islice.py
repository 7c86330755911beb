# infinite generators consumed with islice
from itertools import islice
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
print(list(islice(naturals(), 5)))
print(list(islice(naturals(), 5, 10)))
print(list(islice(naturals(), 0, 20, 4)))
print(list(islice(fib(), 15)))
print(list(islice(primes(), 15)))
evens = (n for n in naturals() if n % 2 == 0)
print(list(islice(evens, 5)))
g = fib()
for _ in range(10):
    next(g)
print(next(g))
