# default argument values
def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct
print(greet('Ann'))
print(greet('Bob', 'Hi'))
print(greet('Cid', punct='?'))
print(greet(greeting='Yo', name='Dee'))
def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(exp=0, base=9))
def show(a, b=None, c=[1]):
    return (a, b, c)
print(show(1), show(1, 2), show(1, c=3))
X = 10
def uses_default(v=X):
    return v
X = 20
print(uses_default())
def f(a, b=2, *args, c=3, **kw):
    return a, b, args, c, kw
print(f(1), f(1, 5, 6, 7, c=8, d=9))
