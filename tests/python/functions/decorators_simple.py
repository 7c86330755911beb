# simple decorators without functools
def shout(func):
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        return result.upper() + '!'
    return wrapper
@shout
def greet(name):
    return 'hello ' + name
print(greet('ann'))
print(greet.__name__)
def trace(func):
    def wrapper(*args):
        print('calling', func.__name__, args)
        r = func(*args)
        print('returned', r)
        return r
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
calls = []
def register(func):
    calls.append(func.__name__)
    return func
@register
def one():
    return 1
@register
def two():
    return 2
print(calls, one(), two(), one.__name__)
