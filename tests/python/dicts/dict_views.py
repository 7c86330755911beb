# keys/values/items views
d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), len(v), len(it))
print('a' in k, 'z' in k, 2 in v, 5 in v, ('a', 1) in it, ('a', 2) in it)
for key in k:
    print('key', key)
for val in v:
    print('val', val)
for key, val in it:
    print('item', key, val)
d['d'] = 4
del d['a']
print(k, v, it)
print(len(k), list(k), list(v), list(it))
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(sorted(d.keys(), reverse=True), sum(d.values()))
