# decorators that take arguments
def repeat(times):
    def deco(func):
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return 'hi ' + name
print(hello('bob'))
def prefix(p):
    def deco(func):
        def wrapper(*args):
            return p + func(*args)
        return wrapper
    return deco
@prefix('>> ')
def msg(s):
    return s
print(msg('text'), msg.__name__)
def validate(*types):
    def deco(func):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError('expected ' + t.__name__ + ', got ' + type(a).__name__)
            return func(*args)
        return wrapper
    return deco
@validate(int, int)
def add(a, b):
    return a + b
print(add(2, 3))
try:
    add(2, 'x')
except TypeError as e:
    print('TypeError:', e)
