# deleting items and slices
a = list(range(12))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
del a[::-2]
print(a)
b = list(range(10))
del b[1:8:3]
print(b)
del b[:]
print(b)
c = [1, 2, 3]
try:
    del c[5]
except IndexError as e:
    print(type(e).__name__, e)
del c[5:10]
print(c)
