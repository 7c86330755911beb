# modifying a dict while iterating
d = {'a': 1, 'b': 2, 'c': 3}
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted(d.keys()) == sorted(d), len(d))
d = {'a': 1, 'b': 2, 'c': 3}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {'a': 1, 'b': 2, 'c': 3}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
d = {'a': 1, 'b': 2}
for k in d:
    d[k] = d[k] * 10
print(d)
d = {'x': 1}
try:
    for v in d.values():
        d['y'] = 2
except RuntimeError as e:
    print(type(e).__name__, e)
