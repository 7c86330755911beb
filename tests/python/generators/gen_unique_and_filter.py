# de-duplicating and filtering generators
def unique(it):
    seen = set()
    for x in it:
        if x not in seen:
            seen.add(x)
            yield x
def takewhile(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x
def dropwhile(pred, it):
    it = iter(it)
    for x in it:
        if not pred(x):
            yield x
            break
    yield from it
data = [1, 3, 3, 7, 1, 9, 2, 7, 10]
print(list(unique(data)))
print(list(unique('mississippi')))
print(list(takewhile(lambda x: x < 5, data)))
print(list(dropwhile(lambda x: x < 5, data)))
print(list(takewhile(lambda x: True, [])))
