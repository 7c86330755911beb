# bare raise re-raises the current exception
def inner():
    raise ValueError('original')
def middle():
    try:
        inner()
    except ValueError:
        print('middle saw it, re-raising')
        raise
try:
    middle()
except ValueError as e:
    print('outer got', e)
def handler():
    try:
        raise TypeError('t')
    except TypeError as e:
        try:
            raise KeyError('inner')
        except KeyError:
            pass
        raise
try:
    handler()
except TypeError as e:
    print('re-raised', type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
