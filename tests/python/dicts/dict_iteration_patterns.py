# different ways of iterating dicts
d = {'x': 10, 'y': 20, 'z': 30}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, '->', v)
for i, (k, v) in enumerate(d.items()):
    print(i, k, v)
for k in sorted(d, key=d.get, reverse=True):
    print(k)
for k in reversed(d):
    print('rev', k)
print(list(reversed(d.items())))
print(list(zip(d, d.values())))
print(max(d.items(), key=lambda kv: kv[1]))
