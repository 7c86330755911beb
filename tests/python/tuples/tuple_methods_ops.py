# tuple count/index and operators
t = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
print(t.count(5), t.count(1), t.count(7))
print(t.index(5), t.index(5, 5), t.index(1, 2))
try:
    t.index(7)
except ValueError as e:
    print(type(e).__name__, e)
print((1, 2) + (3,), (0,) * 4, 2 * ('a', 'b'))
print(3 in t, 7 in t, 7 not in t)
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), (2,) > (1, 5), (1, 2) == (1, 2), () < (0,))
print(min(t), max(t), sum(t), sorted(t))
a = (1, 2)
b = a
a += (3,)
print(a, b, a is b)
