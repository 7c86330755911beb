# frozensets
f = frozenset([1, 2, 3, 2])
print(f, len(f), 2 in f, type(f).__name__)
print(frozenset(), frozenset('aa') == frozenset({'a'}))
g = frozenset({3, 4})
print(f | g, f & g, f - g, f ^ g)
print(type(f | g).__name__, type({1} | f).__name__, type(f | {1}).__name__)
print(f == {1, 2, 3}, {1, 2, 3} == f)
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
d = {f: 'frozen key', frozenset(): 'empty'}
print(d[frozenset([3, 2, 1])], d[frozenset()])
s = {frozenset([1, 2]), frozenset([2, 1]), frozenset([3])}
print(len(s))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
