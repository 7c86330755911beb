# min / max with key, default and multiple args
print(min(3, 1, 2), max(3, 1, 2), min([3, 1, 2]), max((3, 1, 2)))
print(min('hello'), max('hello'), min(['b', 'a']), max('abc', 'abd'))
print(min([1, -5, 3], key=abs), max([1, -5, 3], key=abs))
print(max(['apple', 'fig', 'banana'], key=len), min(['apple', 'fig', 'banana'], key=len))
print(min([], default=None), max([], default='nothing'), max([4], default=0))
print(max([2, 2.0]), max([2.0, 2]), min([1, True]), min([True, 1]))
print(max({'a': 3, 'b': 1}, key=lambda k: {'a': 3, 'b': 1}[k]))
print(max([(1, 'b'), (1, 'a'), (0, 'z')]))
print(max(range(10), key=lambda x: x % 4), min(range(10), key=lambda x: -x))
for bad in [lambda: min([]), lambda: max(()), lambda: min(5), lambda: max(1, 'a')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(abs(-3), abs(3.5), abs(-0.0), abs(True))
