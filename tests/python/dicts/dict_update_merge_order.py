# order after updates and merges
a = {'x': 1, 'y': 2}
b = {'z': 3, 'x': 10}
m = dict(a)
m.update(b)
print(m)
print(a | b)
print(b | a)
c = {}
for src in [a, b, {'y': None}]:
    for k, v in src.items():
        c[k] = v
print(c)
print(list(a | b))
