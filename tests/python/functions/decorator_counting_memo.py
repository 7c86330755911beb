# decorators with state: call counting and memoization (state in closures)
call_counts = {}
def count_calls(f):
    call_counts[f.__name__] = 0
    def wrapper(*args):
        call_counts[f.__name__] += 1
        return f(*args)
    return wrapper
@count_calls
def square(x):
    return x * x
print([square(i) for i in range(5)], call_counts)
caches = []
def memoize(f):
    cache = {}
    caches.append(cache)
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100))
print(len(caches[0]), caches[0][10])
@count_calls
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(15), call_counts)
