# index errors and type errors on lists
a = [10, 20, 30]
for i in [0, 2, -1, -3, 3, -4, 100]:
    try:
        print(i, a[i])
    except IndexError as e:
        print(i, type(e).__name__, e)
try:
    a[5] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    a['0']
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[1.5]
except TypeError as e:
    print(type(e).__name__, e)
print(a[True], a[False])
try:
    [][0]
except IndexError as e:
    print(type(e).__name__, e)
