# TypeError messages for unsupported operand types
cases = [
    lambda: 1 + 'a',
    lambda: 'a' + 1,
    lambda: 1.5 - 'x',
    lambda: [1] * 2.0,
    lambda: 'a' * 'b',
    lambda: None + 1,
    lambda: [] - [],
    lambda: {} + {},
    lambda: 2 ** 'x',
    lambda: 5 % None,
    lambda: 1 / 'b',
    lambda: 3 // [],
    lambda: (1,) + [2],
    lambda: 1 & 1.5,
    lambda: 1 << 2.0,
    lambda: -'a',
    lambda: ~1.5,
    lambda: +None,
]
for fn in cases:
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__ + ':', e)
