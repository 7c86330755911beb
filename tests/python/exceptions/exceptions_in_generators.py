# exceptions crossing generator boundaries
def gen():
    yield 1
    yield 2
    raise ValueError('generator failed')
    yield 3
g = gen()
try:
    for x in g:
        print('got', x)
except ValueError as e:
    print('caught', e)
print(list(g))
def safe_gen(items):
    for it in items:
        try:
            yield 10 // it
        except ZeroDivisionError:
            yield 'div by zero'
print(list(safe_gen([1, 0, 5])))
def cleanup_gen():
    try:
        yield 'a'
        yield 'b'
    finally:
        print('generator finally')
for v in cleanup_gen():
    print(v)
def consumer():
    total = 0
    for v in gen():
        total += v
    return total
try:
    consumer()
except ValueError as e:
    print('consumer saw', e)
