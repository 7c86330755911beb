# send() into generators
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
acc = accumulator()
print(next(acc))
print(acc.send(5))
print(acc.send(10))
print(acc.send(-3))
try:
    acc.send(None)
except StopIteration:
    print('stopped')
def echo():
    received = []
    while True:
        x = yield len(received)
        received.append(x)
        if len(received) == 3:
            return received
e = echo()
print(e.send(None), e.send('a'), e.send('b'))
try:
    e.send('c')
except StopIteration as s:
    print('returned', s.value)
g = accumulator()
try:
    g.send(1)
except TypeError as err:
    print(type(err).__name__, err)
