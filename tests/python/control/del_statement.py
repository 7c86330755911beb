# del of names, items, slices, attributes
x = 5
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
a = list(range(10))
del a[0], a[-1]
print(a)
del a[1:3]
print(a)
del a[::2]
print(a)
d = {'a': 1, 'b': 2, 'c': 3}
del d['a'], d['c']
print(d)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, 'attr'))
p, q = 1, 2
del p, q
try:
    p
except NameError as e:
    print(type(e).__name__, e)
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return type(e).__name__ + ': ' + str(e)
print(f())
