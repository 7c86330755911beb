# args, str and repr of exceptions
excs = [ValueError('x'), ValueError(), ValueError('a', 'b'), KeyError('k'), KeyError(), KeyError('a', 1),
        IndexError('list index out of range'), TypeError(42), Exception('multi\nline'), ZeroDivisionError('division by zero'),
        RuntimeError(None), StopIteration(5), AssertionError('msg')]
for e in excs:
    print(type(e).__name__, '|', str(e), '|', repr(e), '|', e.args)
e = ValueError('one', 2)
print(e.args[0], e.args[1], len(e.args))
