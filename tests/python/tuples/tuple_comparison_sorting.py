# sorting tuples lexicographically
rows = [(2, 'b', 1.5), (1, 'z', 0.0), (2, 'a', 9.9), (1, 'z', -1.0), (0, 'm', 3.3)]
print(sorted(rows))
print(sorted(rows, reverse=True))
print(max(rows), min(rows))
print((1, 2) == [1, 2], (1, 2) == (1.0, 2.0))
print((1, 'a') < (1, 'b') < (2, ''))
try:
    print((1, 'a') < (1, 2))
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([(3,), (1, 2), (1,), ()]))
