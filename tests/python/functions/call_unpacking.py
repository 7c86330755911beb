# calling with *iterable and **mapping
def f(a, b, c, d=4):
    return [a, b, c, d]
print(f(*[1, 2, 3]))
print(f(*(1, 2), 3))
print(f(1, *[2, 3], d=5))
print(f(**{'a': 1, 'b': 2, 'c': 3}))
print(f(1, **{'c': 3, 'b': 2, 'd': 0}))
print(f(*'xy', **{'c': 'z'}))
args = [10, 20]
kw = {'c': 30, 'd': 40}
print(f(*args, **kw))
print(f(*range(4)))
try:
    f(*[1, 2, 3, 4, 5])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, **{'a': 9, 'c': 3})
except TypeError as e:
    print(type(e).__name__, e)
print(max(*[3, 7, 2]), print(*['a', 'b'], sep='|'))
