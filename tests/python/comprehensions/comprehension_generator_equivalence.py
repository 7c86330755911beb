# list(genexp) equals listcomp; set/dict from genexps
src = range(12)
a = [x * 3 for x in src if x % 4]
b = list(x * 3 for x in src if x % 4)
print(a == b, a)
print(set(x % 5 for x in src) == {x % 5 for x in src})
print(dict((x, x * x) for x in range(4)) == {x: x * x for x in range(4)})
print(tuple(c for c in 'abc'))
g = (x for x in range(3))
l = [x for x in range(3)]
print(type(g).__name__, type(l).__name__)
print(sum(g), sum(l), sum(g))
