# return value of a generator via StopIteration.value and yield from
def worker(n):
    for i in range(n):
        yield i
    return 'worker done with ' + str(n)
g = worker(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration value:', e.value)
def delegator():
    result = yield from worker(3)
    print('delegated result:', result)
    yield 'after'
    return 'delegator done'
print(list(delegator()))
def outer():
    r = yield from delegator()
    yield r
print(list(outer()))
def no_return():
    yield 1
g = no_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e.value))
