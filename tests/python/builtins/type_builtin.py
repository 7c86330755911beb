# type() of values and type names
vals = [1, 1.5, 'a', b'b', [], (), {}, set(), frozenset(), None, True, range(1), len, lambda: 0, (x for x in [])]
for v in vals:
    print(type(v).__name__)
class Foo:
    pass
print(type(Foo()).__name__, type(Foo).__name__, type(int).__name__)
print(type(1) is int, type(True) is bool, type(True) is int, type('') == str)
print(type(3)(4.9), type('x')(5), type([])('ab'))
print(str(type(1)), str(type('x')), str(Foo).endswith("Foo'>"))
