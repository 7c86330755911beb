# the `as` name is deleted after the except block
e = 'before'
try:
    raise ValueError('inside')
except ValueError as e:
    print('in handler', e)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    return saved
s = f()
print(type(s).__name__, s)
try:
    raise KeyError('a')
except KeyError as ex:
    msg = str(ex)
print(msg)
