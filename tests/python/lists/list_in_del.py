# membership and del statements
a = ['x', 'y', 'z', 'y']
print('y' in a, 'w' in a, 'w' not in a)
del a[1]
print(a)
del a[-1]
print(a)
b = [1, 2, 3]
c = b
del b
print(c)
try:
    print(b)
except NameError as e:
    print(type(e).__name__, e)
nums = list(range(10))
for idx in sorted([1, 4, 7], reverse=True):
    del nums[idx]
print(nums)
print(None in [None], [] in [[], 1], 0 in [False], 1.0 in [1])
