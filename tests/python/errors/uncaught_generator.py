# uncaught exception raised inside a generator
def numbers():
    yield 1
    yield 2
    raise RuntimeError('generator broke')

total = 0
for n in numbers():
    total += n
    print('total', total)
