# unpacking lists
a, b, c = [1, 2, 3]
print(a, b, c)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = [1, 2, 3, 4]
print(init, last)
x, *mid, y = [1, 2]
print(x, mid, y)
[p, q] = 'pq'
print(p, q)
(m, n), o = [[1, 2], 3]
print(m, n, o)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
head, *tail = 'abc'
print(head, tail)
*front, = range(3)
print(front)
