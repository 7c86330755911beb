# closures over loop variables bind late
callbacks = []
for name in ['a', 'b', 'c']:
    callbacks.append(lambda: 'hello ' + name)
print([cb() for cb in callbacks])
callbacks = []
for name in ['a', 'b', 'c']:
    callbacks.append(lambda name=name: 'hello ' + name)
print([cb() for cb in callbacks])
def make(n):
    return lambda: n
print([f() for f in [make(i) for i in range(3)]])
fs = [lambda: i * i for i in range(4)]
print([f() for f in fs])
def counter_factory():
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        fs.append(f)
    return fs
print([f() for f in counter_factory()])
