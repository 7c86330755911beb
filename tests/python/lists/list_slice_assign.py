# slice assignment
a = list(range(10))
a[2:5] = ['a', 'b', 'c']
print(a)
a[2:5] = []
print(a)
a[1:1] = [100, 200]
print(a)
a[:2] = 'xy'
print(a)
a[-2:] = [7, 8, 9, 10]
print(a)
a[:] = [1, 2, 3]
print(a)
b = [0] * 10
b[::2] = [1, 1, 1, 1, 1]
print(b)
b[1::3] = ['x', 'y', 'z']
print(b)
b[::-1] = range(10)
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    b[::3] = []
except ValueError as e:
    print(type(e).__name__, e)
c = [1, 2, 3]
c[5:] = [4]
print(c)
c[0:2] = range(3)
print(c)
