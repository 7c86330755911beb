# 1, True and 1.0 are the same key; 0, False, 0.0 too
d = {1: 'int'}
d[True] = 'bool'
d[1.0] = 'float'
print(d, len(d))
e = {True: 'bool first'}
e[1] = 'int'
print(e)
f = {0: 'zero', False: 'false', 0.0: 'fzero', -0.0: 'negzero'}
print(f)
g = {1: 'a', 1.5: 'b', 2: 'c', 2.0: 'd'}
print(g)
print(g[2.0], g[2], g[True])
h = {(1, 2): 'x', (1.0, 2.0): 'y', (True, 2): 'z'}
print(h)
print({'1': 'str', 1: 'int'})
