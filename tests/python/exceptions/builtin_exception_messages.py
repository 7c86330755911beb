# messages of exceptions raised by builtins
nothing = None
five = 5
def slice_assign():
    lst = [1, 2, 3]
    lst[1:2] = 5
def unpack():
    x, y = 1, 2, 3
tests = [
    ("int('x')", lambda: int('x')),
    ("int('12.5')", lambda: int('12.5')),
    ("float('x')", lambda: float('x')),
    ('[].pop()', lambda: [].pop()),
    ("{}['k']", lambda: {}['k']),
    ('None.x', lambda: None.x),
    ("1 + 'a'", lambda: 1 + 'a'),
    ('len(5)', lambda: len(5)),
    ('iter(5)', lambda: iter(5)),
    ('None[0]', lambda: nothing[0]),
    ('5()', lambda: five()),
    ("'abc'[10]", lambda: 'abc'[10]),
    ('(1, 2)[5]', lambda: (1, 2)[5]),
    ('[1].index(2)', lambda: [1].index(2)),
    ("'a'.index('b')", lambda: 'a'.index('b')),
    ('next(iter([]))', lambda: next(iter([]))),
    ('sum([1, "a"])', lambda: sum([1, 'a'])),
    ('abs("x")', lambda: abs('x')),
    ('hash([])', lambda: hash([])),
    ('chr(1114112)', lambda: chr(1114112)),
    ('max()', lambda: max()),
    ('5 < "a"', lambda: 5 < 'a'),
    ('lst[1:2] = 5', slice_assign),
    ('x, y = 1, 2, 3', unpack),
    ('int(None)', lambda: int(None)),
    ('undefined_name', lambda: undefined_name),
]
for src, fn in tests:
    try:
        fn()
        print(src, '-> no error')
    except Exception as e:
        print(src, '->', type(e).__name__ + ':', e)
