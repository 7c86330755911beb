# __enter__ / __exit__
class Tracker:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc)
        return False
with Tracker('a') as v:
    print('body', v)
try:
    with Tracker('b'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)
class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, t, e, tb):
        print('suppressing', t.__name__ if t else None)
        return True
with Suppress():
    1 / 0
print('after suppressed error')
