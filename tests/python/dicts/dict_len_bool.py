# len and truthiness of dicts
d = {}
print(len(d), bool(d), not d)
d['a'] = None
print(len(d), bool(d), d)
d[None] = None
print(len(d), d)
d.clear()
print(len(d), bool(d))
if not d:
    print('empty dict is falsy')
print(len({i: i for i in range(100)}))
print(len(dict.fromkeys('mississippi')))
