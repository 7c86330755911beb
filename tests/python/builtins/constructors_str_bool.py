# str() and bool() constructors
print(repr(str()), str(42), str(-1.5), str(None), str(True), str([1, 'a']), str((1,)), str({'k': 'v'}))
print(str(b'bytes'), str('already'), str(1e100), str(0.1))
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(''), bool(' '), bool([]), bool([0]), bool(None))
print(bool({}), bool({0: 0}), bool(set()), bool(range(0)), bool(range(1)))
print(str(str), str(int), type(str(5)).__name__)
print(bool('False'), bool('0'))
