# list/tuple/dict/set constructors
print(list(), list('ab'), list((1, 2)), list({'k': 1}), list(range(3)), list(x for x in 'xy'))
print(tuple(), tuple([1, 2]), tuple('ab'), tuple(range(2)))
print(dict(), dict(a=1), dict([('a', 1), ('b', 2)]), dict({'c': 3}, d=4), dict(zip('ab', [1, 2])))
print(set(), sorted(set('hello')), set([1, 1, 2]), set(range(3)))
print(frozenset([1, 2]), frozenset())
l = [1, 2]
print(list(l) is l, list(l) == l)
for bad in [lambda: list(1), lambda: tuple(None), lambda: dict(5), lambda: set(3.5)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
