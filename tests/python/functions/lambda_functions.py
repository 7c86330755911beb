# lambdas
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), add(b=5, a=5))
print((lambda: 'no args')())
print((lambda *a, **k: (a, k))(1, 2, x=3))
pairs = [(1, 'one'), (3, 'three'), (2, 'two')]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda x: x ** 2, range(5))))
print(list(filter(lambda x: x % 3 == 0, range(10))))
fns = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fns])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])
print(square.__name__)
cond = lambda n: 'even' if n % 2 == 0 else 'odd'
print(cond(3), cond(4))
nested = lambda x: lambda y: x * y
print(nested(3)(4))
