# fibonacci generators: bounded, indexed, pairwise
def fib_upto(limit):
    a, b = 0, 1
    while a <= limit:
        yield a
        a, b = b, a + b
print(list(fib_upto(100)))
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
def fib_inf():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(take(12, fib_inf()))
def pairwise(it):
    it = iter(it)
    prev = next(it)
    for cur in it:
        yield prev, cur
        prev = cur
print([round(b / a, 4) for a, b in pairwise(fib_upto(1000)) if a])
print(list(pairwise('abcd')))
