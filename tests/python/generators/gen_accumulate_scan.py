# running totals with generators
def running(it, op=lambda a, b: a + b):
    it = iter(it)
    try:
        acc = next(it)
    except StopIteration:
        return
    yield acc
    for x in it:
        acc = op(acc, x)
        yield acc
print(list(running([1, 2, 3, 4, 5])))
print(list(running([3, 1, 4, 1, 5], max)))
print(list(running([1, 2, 3, 4], lambda a, b: a * b)))
print(list(running([])))
print(list(running('abc')))
balances = list(running([100, -30, -50, 200, -220]))
print(balances, min(balances))
