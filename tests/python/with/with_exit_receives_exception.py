# __exit__ receives exception type, value and traceback
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc_value, tb):
        print('type:', exc_type.__name__ if exc_type else None)
        print('value:', repr(exc_value))
        print('tb is None:', tb is None)
        return exc_type is KeyError
with Inspect():
    pass
with Inspect():
    raise KeyError('k')
try:
    with Inspect():
        raise TypeError('t')
except TypeError as e:
    print('propagated', e)
