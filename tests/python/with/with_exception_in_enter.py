# if __enter__ raises, __exit__ is not called
class FailEnter:
    def __enter__(self):
        print('entering and failing')
        raise OSError('cannot open')
    def __exit__(self, *a):
        print('exit (not printed)')
try:
    with FailEnter():
        print('body (not printed)')
except OSError as e:
    print('caught', e)
class FailExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise ValueError('exit failed')
try:
    with FailExit():
        print('body runs')
except ValueError as e:
    print('caught', e)
