# raising classes vs instances
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    raise ValueError('with message')
except ValueError as e:
    print(type(e).__name__, repr(e), e.args)
class MyErr(Exception):
    def __init__(self):
        super().__init__('default message')
try:
    raise MyErr
except MyErr as e:
    print(e)
try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise str
except TypeError as e:
    print(type(e).__name__, e)
err = KeyError('stored')
try:
    raise err
except KeyError as e:
    print(e is err, e)
