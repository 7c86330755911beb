# user-defined exception hierarchies
class Error(Exception):
    pass
class InputError(Error):
    pass
class RangeError(InputError):
    pass
class StateError(Error):
    pass
def check(v):
    if not isinstance(v, int):
        raise InputError('not an int: ' + repr(v))
    if v < 0:
        raise RangeError('negative: ' + str(v))
    if v == 13:
        raise StateError('unlucky')
    return v
for v in [5, 'x', -1, 13]:
    try:
        print('ok', check(v))
    except RangeError as e:
        print('RangeError', e)
    except InputError as e:
        print('InputError', e)
    except Error as e:
        print('Error', type(e).__name__, e)
print([c.__name__ for c in RangeError.__mro__])
print(issubclass(RangeError, Error), issubclass(StateError, InputError))
