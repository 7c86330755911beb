# index and count
a = ['a', 'b', 'c', 'b', 'a', 'b']
print(a.index('b'), a.index('b', 2), a.index('b', 4), a.index('a', 1, 5))
print(a.count('b'), a.count('a'), a.count('z'))
try:
    a.index('z')
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.index('c', 3)
except ValueError as e:
    print(type(e).__name__, e)
nums = [1, 1.0, True, 2]
print(nums.count(1), nums.index(True))
print([[1, 2], [1, 2], [2]].count([1, 2]))
print(a.index('b', -3))
