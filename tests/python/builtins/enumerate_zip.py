# enumerate and zip
print(list(enumerate('abc')), list(enumerate('abc', 10)), list(enumerate([], 5)))
print(list(enumerate(['x'], start=-1)))
e = enumerate('hi')
print(next(e), next(e), next(e, 'end'))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1, 2])))
print(list(zip('abc', range(3), [True, False, None])))
print(dict(zip(['k1', 'k2'], [1, 2, 3])))
names, ages = zip(*[('ann', 30), ('bob', 25)])
print(names, ages)
z = zip('ab', 'xy')
print(type(z).__name__, list(z), list(z))
for i, (a, b) in enumerate(zip('pq', 'rs')):
    print(i, a, b)
