# __exit__ returning True suppresses the exception
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print('suppressed', exc_type.__name__, exc)
            return True
        return False
with Suppress(ZeroDivisionError):
    print('before error')
    1 / 0
    print('not printed')
print('continues after suppression')
with Suppress(KeyError, IndexError):
    [][0]
try:
    with Suppress(KeyError):
        int('x')
except ValueError as e:
    print('not suppressed:', e)
def f():
    with Suppress(Exception):
        raise RuntimeError('inside f')
    return 'f finished normally'
print(f())
