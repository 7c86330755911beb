# tuple unpacking forms
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *middle, last = (1, 2, 3, 4, 5)
print(first, middle, last, type(middle).__name__)
for i, (name, score) in enumerate([('a', 1), ('b', 2)]):
    print(i, name, score)
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([4, 2, 8])
print(lo, hi)
r = minmax('hello')
print(r, type(r).__name__)
try:
    p, q = (1, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    p, q, s = 1, 2
except ValueError as e:
    print(type(e).__name__, e)
try:
    p, q = 5
except TypeError as e:
    print(type(e).__name__, e)
