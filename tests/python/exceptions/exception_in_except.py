# exception raised inside an except block
def f():
    try:
        raise KeyError('first')
    except KeyError:
        raise ValueError('second')
try:
    f()
except ValueError as e:
    print(type(e).__name__, e)
def g():
    try:
        1 / 0
    except ZeroDivisionError as e:
        try:
            [][0]
        except IndexError as e2:
            return type(e).__name__ + ' then ' + type(e2).__name__
print(g())
def h():
    try:
        raise TypeError('t')
    finally:
        print('finally runs even though handler missing')
try:
    h()
except TypeError as e:
    print('caught', e)
