# print formatting of many value types together
print(1, 1.0, -0.0, 1e20, 1e-20, 10 ** 20, True, None)
print('str', b'bytes', [1, 'a', None], (1,), {'k': (1, 2)}, {3}, frozenset({4}))
print([1.5, float('inf'), float('nan')], (True, False))
print([[], {}, ()], [set()], {'nested': [{'deep': ()}]})
print(range(5), range(2, 10, 3))
print('a\tb', repr('a\tb'), ['a\tb'])
print(print is print, len)
