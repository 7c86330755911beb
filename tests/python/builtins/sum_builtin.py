# sum with start values
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum(()))
print(sum([0.1, 0.2, 0.3]), sum([1, 2.5]), sum([True, True, False]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum(range(101)), sum(x * x for x in range(4)))
print(sum([2 ** 64, 2 ** 64]))
print(sum([1, 2], start=100))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(['a', 'b'])
except TypeError as e:
    print(type(e).__name__, e)
