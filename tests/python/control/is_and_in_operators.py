# is / is not / in / not in
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None) is type(None))
x = None
if x is None:
    print('x is None')
print(True is True, False is not True)
print(3 in [1, 2, 3], 3 not in (1, 2), 'k' in {'k': 1}, 1 in {'k': 1})
print('ab' in 'cabd', 'ba' not in 'cabd')
print(2 in range(5), 5 in range(5), 10 in range(0, 20, 5), 11 in range(0, 20, 5))
print([1] in [[1], [2]], (1,) in [(1,)])
def get():
    return a
print(get() is a)
