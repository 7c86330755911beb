# range objects in detail
r = range(10)
print(r, len(r), r[3], r[-1], list(r[2:5]), r[::2], r[::-1])
print(list(range(5, -5, -2)), range(5, -5, -2)[1], len(range(5, -5, -2)))
print(3 in range(5), 5 in range(5), -1 in range(-3, 3), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(list(reversed(range(4))), list(reversed(range(1, 10, 3))))
print(repr(range(0)), repr(range(1, 2)), repr(range(1, 10, 2)), str(range(3)))
print(range(0, 10, 2) == range(0, 9, 2), range(3) == range(3), range(0) == range(1, 1))
print(sum(range(1, 11)), max(range(7)), min(range(3, 9)))
print(list(range(-3)), list(range(2, 2)))
print(type(range(3)).__name__)
try:
    range(3)[5]
except IndexError as e:
    print(type(e).__name__, e)
