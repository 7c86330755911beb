# StopIteration inside a generator body becomes RuntimeError (PEP 479)
def bad():
    yield 1
    next(iter([]))
    yield 2
try:
    print(list(bad()))
except RuntimeError as e:
    print(type(e).__name__, e)
def good():
    it = iter([1, 2])
    while True:
        try:
            v = next(it)
        except StopIteration:
            return
        yield v * 100
print(list(good()))
def uses_return():
    yield 'only'
    return
    yield 'never'
print(list(uses_return()))
