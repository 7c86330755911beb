# ZeroDivisionError messages for each operation
tests = [
    ('1 / 0', lambda: 1 / 0),
    ('1 // 0', lambda: 1 // 0),
    ('1 % 0', lambda: 1 % 0),
    ('1.0 / 0', lambda: 1.0 / 0),
    ('1.0 // 0', lambda: 1.0 // 0),
    ('1.0 % 0', lambda: 1.0 % 0),
    ('1 / 0.0', lambda: 1 / 0.0),
    ('5 % 0.0', lambda: 5 % 0.0),
    ('divmod(1, 0)', lambda: divmod(1, 0)),
    ('0 ** -1', lambda: 0 ** -1),
    ('0.0 ** -1', lambda: 0.0 ** -1),
    ('big / 0', lambda: 2 ** 100 / 0),
    ('big // 0', lambda: 2 ** 100 // 0),
    ('big % 0', lambda: 2 ** 100 % 0),
]
for name, fn in tests:
    try:
        fn()
        print(name, 'no error')
    except ZeroDivisionError as e:
        print(name, '->', type(e).__name__ + ':', e)
