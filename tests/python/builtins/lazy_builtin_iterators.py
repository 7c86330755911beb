# map/filter/zip/enumerate/reversed are lazy single-pass iterators
log = []
def f(x):
    log.append(x)
    return x * 2
m = map(f, [1, 2, 3])
print(log)
print(next(m), log)
print(list(m), log)
print(list(m))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
e = enumerate('ab')
print(list(e), list(e))
fl = filter(lambda x: x > 1, [0, 1, 2, 3])
print(next(fl), list(fl))
r = reversed('xyz')
print(''.join(r), ''.join(r))
pairs = zip('abc', map(f, range(3)))
print(dict(pairs))
