# using a dict as a memo cache
cache = {}
calls = 0
def fib(n):
    global calls
    calls += 1
    if n in cache:
        return cache[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    cache[n] = r
    return r
print(fib(30), calls)
print(fib(80), calls)
print(len(cache), list(cache)[:5])
def collatz_len(n, memo={1: 1}):
    if n not in memo:
        memo[n] = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    return memo[n]
print([collatz_len(i) for i in range(1, 15)])
