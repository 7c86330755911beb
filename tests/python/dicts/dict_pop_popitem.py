# pop and popitem
d = {'a': 1, 'b': 2, 'c': 3, 'd': 4}
print(d.pop('b'), d)
print(d.pop('z', 'missing'), d)
print(d.pop('z', None))
try:
    d.pop('z')
except KeyError as e:
    print(type(e).__name__, e)
print(d.popitem(), d)
print(d.popitem(), d)
d['e'] = 5
print(d.popitem(), d)
print(d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e)
