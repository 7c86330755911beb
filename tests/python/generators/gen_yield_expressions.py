# yield used as an expression in different positions
def g():
    x = yield 1
    print('x =', x)
    y = (yield 2) + 10
    print('y =', y)
    z = yield
    print('z =', z)
    yield [x, y, z]
gen = g()
print(next(gen))
print(gen.send('first'))
print(gen.send(5))
print(gen.send('third'))
def running_max():
    best = None
    while True:
        v = yield best
        if best is None or v > best:
            best = v
rm = running_max()
next(rm)
print([rm.send(v) for v in [3, 1, 4, 1, 5, 9, 2]])
