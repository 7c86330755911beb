# building dicts from sequences
pairs = [('a', 1), ('b', 2), ('a', 3)]
print(dict(pairs))
print(dict(zip(range(3), 'xyz')))
print(dict(enumerate('abc')))
print(dict([[1, 'one'], [2, 'two']]))
print(dict(['ab', 'cd']))
print(dict({'b': 2}, a=1))
keys = ['name', 'age']
rows = [['ann', 30], ['bob', 25]]
print([dict(zip(keys, r)) for r in rows])
try:
    dict([1, 2, 3])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(['abc'])
except ValueError as e:
    print(type(e).__name__, e)
