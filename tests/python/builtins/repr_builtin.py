# repr of builtin values
vals = [1, -2, 3.0, 1e-9, 'str', "it's", 'q"', '\n', b'b', [1, 'x'], (1,), (), {'a': [1]}, {1}, set(), None, True, range(3), frozenset({2})]
for v in vals:
    print(repr(v))
print(repr(repr('x')))
