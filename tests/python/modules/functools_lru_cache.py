# functools.lru_cache for memoization
from functools import lru_cache
import functools
calls = 0
@lru_cache(maxsize=None)
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), calls)
print(fib(100), calls)
@functools.lru_cache(maxsize=128)
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))
print(edit_distance('kitten', 'sitting'), edit_distance('flaw', 'lawn'), edit_distance('', 'abc'))
@lru_cache
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)
print([ways(i) for i in range(15)])
print(ways(60))
