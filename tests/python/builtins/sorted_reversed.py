# sorted and reversed
data = [5, 2, 8, 1, 9, 3]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted('banana'), sorted(('z', 'a')), sorted({3: 'c', 1: 'a'}))
print(sorted(['B', 'a', 'C'], key=str.lower), sorted([-3, 2, -1], key=abs, reverse=True))
print(sorted([]), sorted(x % 3 for x in range(7)))
print(list(reversed(data)), list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(3))))
print(list(reversed([])))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, None])
except TypeError as e:
    print(type(e).__name__, e)
