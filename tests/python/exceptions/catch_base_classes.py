# catching via base classes
checks = [
    (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError),
    (KeyError, LookupError),
    (IndexError, LookupError),
    (UnboundLocalError, NameError),
    (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError),
    (StopIteration, Exception),
    (ValueError, Exception),
    (UnicodeDecodeError, ValueError),
    (AssertionError, Exception),
    (Exception, BaseException),
    (KeyboardInterrupt, Exception),
    (SystemExit, Exception),
    (bool, int),
]
for sub, base in checks:
    print(sub.__name__, base.__name__, issubclass(sub, base))
try:
    1 / 0
except ArithmeticError as e:
    print('ArithmeticError caught', type(e).__name__)
try:
    raise UnboundLocalError('x')
except NameError as e:
    print('NameError caught', type(e).__name__)
