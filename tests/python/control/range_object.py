# range objects: len, index, slice, in, repr, reversed
r = range(3, 20, 4)
print(r, len(r), r[0], r[-1], r[2])
print(list(r), list(reversed(r)))
print(r[1:3], r[::-1], r[::2])
print(7 in r, 8 in r, -1 in r)
print(range(5), range(0, 5), range(1, 10, 2), range(10, 0, -1))
print(range(0) == range(5, 5), range(3) == range(0, 3, 1))
print(len(range(10, 0, -3)), list(range(10, 0, -3)))
try:
    r[10]
except IndexError as e:
    print(type(e).__name__, e)
