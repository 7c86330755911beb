# yield from with nested delegation
def inner(tag):
    yield tag + '1'
    yield tag + '2'
def middle():
    yield 'm-start'
    yield from inner('a')
    yield from inner('b')
    yield 'm-end'
def top():
    yield from middle()
    yield from [10, 20]
    yield from 'xy'
    yield from range(2)
print(list(top()))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))
def chain(*its):
    for it in its:
        yield from it
print(list(chain('ab', (1, 2), {'k': 0})))
