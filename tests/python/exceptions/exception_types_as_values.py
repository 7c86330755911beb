# exception classes as values: in tuples, dicts, variables
handlers = {ValueError: 'bad value', KeyError: 'bad key', ZeroDivisionError: 'math'}
def attempt(fn):
    try:
        fn()
        return 'ok'
    except tuple(handlers) as e:
        return handlers[type(e)]
print(attempt(lambda: int('x')), attempt(lambda: {}['q']), attempt(lambda: 1 % 0), attempt(lambda: 1))
catch_these = (TypeError, AttributeError)
try:
    None.foo
except catch_these as e:
    print('caught via variable', type(e).__name__)
exc_cls = IndexError
try:
    raise exc_cls('dynamic')
except exc_cls as e:
    print(type(e).__name__, e)
print([c.__name__ for c in (ValueError, TypeError)])
