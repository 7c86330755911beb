# dict creation, access, assignment
d = {'a': 1, 'b': 2}
print(d, len(d), d['a'])
d['c'] = 3
d['a'] = 100
print(d)
print(dict(), dict(x=1, y=2), dict([('k', 'v'), ('k2', 'v2')]), dict({'z': 0}))
print(dict([('a', 1)], b=2))
print(dict(zip('abc', range(3))))
e = {}
e[1] = 'one'
e[2.5] = 'float'
e[(1, 2)] = 'tuple'
e[None] = 'none'
e['s'] = 's'
print(e)
print(e[2.5], e[(1, 2)], e[None])
print({'dup': 1, 'dup': 2})
print(type(d).__name__, len({}))
