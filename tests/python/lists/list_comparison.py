# lexicographic list comparison
tests = [([], []), ([], [0]), ([1], [1, 0]), ([1, 2], [1, 3]), ([2], [1, 9, 9]), ([1, 'a'], [1, 'b']), ([[1]], [[2]]), ([1.0], [1])]
for a, b in tests:
    print(a, b, a < b, a <= b, a == b, a != b, a > b, a >= b)
try:
    print([1, 'a'] < [1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print([1, 'a'] == [1, 2])
print(sorted([[3, 1], [2], [2, 0], [], [3]]))
