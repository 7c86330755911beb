# list() from various iterables
print(list())
print(list('abc'))
print(list((1, 2, 3)))
print(list(range(5)))
print(list(range(10, 0, -3)))
print(list({'a': 1, 'b': 2}))
print(list({'a': 1, 'b': 2}.items()))
print(sorted(list({3, 1, 2})))
print(list(x * x for x in range(4)))
print(list(map(str, [1, 2])))
print(list(zip('ab', [1, 2])))
print(list(enumerate('xy')))
print(list(reversed([1, 2, 3])))
print(list(b'hi'))
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
a = [1, 2]
print(list(a) is a, list(a) == a)
