# update with dict, kwargs, pairs
d = {'a': 1}
d.update({'b': 2, 'a': 10})
print(d)
d.update(c=3, d=4)
print(d)
d.update([('e', 5), ('a', 0)])
print(d)
d.update({'f': 6}, g=7)
print(d)
d.update()
print(d)
d.update(zip(['x', 'y'], [24, 25]))
print(d)
r = d.update(z=26)
print(r)
try:
    d.update([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.update([('a', 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
