# len on many types
print(len(''), len('abc'), len('中文'), len(b'\x00\x01'))
print(len([]), len([1, [2, 3]]), len(()), len((1,)))
print(len({}), len({'a': 1, 'b': 2}), len(set()), len({1, 2, 2}), len(frozenset('aabbc')))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0)), len(range(10, 0, -2)))
print(len({'a': 1}.keys()), len({'a': 1}.items()))
class L:
    def __len__(self):
        return 7
print(len(L()))
for bad in [5, 2.5, None, (x for x in [])]:
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
