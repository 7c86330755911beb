# clear, copy, fromkeys
d = {'a': [1], 'b': [2]}
c = d.copy()
c['c'] = [3]
c['a'].append(99)
print(d, c)
e = dict(d)
print(e == d, e is d)
d.clear()
print(d, len(d), c)
print(dict.fromkeys('abc'))
print(dict.fromkeys(['x', 'y'], 0))
shared = dict.fromkeys(['p', 'q'], [])
shared['p'].append(1)
print(shared)
print(dict.fromkeys(range(3), 'v'))
print({}.fromkeys([]))
