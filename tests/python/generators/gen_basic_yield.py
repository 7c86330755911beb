# basic generator functions
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)))
g = count_up(3)
print(type(g).__name__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print('exhausted')
def trace():
    print('start')
    yield 'a'
    print('middle')
    yield 'b'
    print('end')
t = trace()
print('created')
for v in t:
    print('got', v)
def empty():
    return
    yield
print(list(empty()))
