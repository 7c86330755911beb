# next() with a default value
def two():
    yield 1
    yield 2
g = two()
print(next(g, 'none'), next(g, 'none'), next(g, 'none'), next(g, 'none'))
it = iter([])
print(next(it, None))
def first(iterable, default=None):
    for x in iterable:
        return x
    return default
print(first([5, 6]), first([]), first('', 'empty'))
g2 = (c for c in 'xy')
print(next(g2), next(g2), next(g2, '<end>'))
