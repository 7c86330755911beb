# StopIteration from next() and iterators
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.args)
print(next(it, 'default'))
print(next(iter(''), None))
def g():
    yield 1
    return 'ret'
gi = g()
print(next(gi))
try:
    next(gi)
except StopIteration as e:
    print('value', e.value, e.args)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
