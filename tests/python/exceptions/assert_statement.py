# assert with and without messages
def safe_div(a, b):
    assert b != 0, 'b must be nonzero'
    return a / b
print(safe_div(6, 3))
try:
    safe_div(1, 0)
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print(type(e).__name__, repr(str(e)), e.args)
try:
    assert [], ['list', 'message']
except AssertionError as e:
    print(e.args[0])
x = 5
assert x == 5, 'not reached'
assert x, x
print('asserts passed')
def check(v):
    assert isinstance(v, int), 'expected int, got %s' % type(v).__name__
    return v * 2
for v in [1, 'a']:
    try:
        print(check(v))
    except AssertionError as e:
        print('AssertionError:', e)
