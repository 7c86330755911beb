# exception raised in finally replaces the original
def f():
    try:
        raise ValueError('original')
    finally:
        raise KeyError('from finally')
try:
    f()
except KeyError as e:
    print('got', type(e).__name__, e)
except ValueError as e:
    print('not reached')
def g():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
    return 'loop finished'
try:
    print(g())
except ValueError as e:
    print('escaped on the last iteration:', e)
def h():
    while True:
        try:
            raise TypeError('dropped')
        finally:
            break
    return 'break in finally swallowed it'
print(h())
