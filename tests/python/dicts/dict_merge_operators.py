# | and |= on dicts
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
c = a | b
print(c)
print(b | a)
print(a, b)
a |= b
print(a)
a |= [('w', 0)]
print(a)
a |= {}
print(a)
try:
    a | [('q', 1)]
except TypeError as e:
    print(type(e).__name__, e)
print({} | {}, {'k': 1} | {'k': 2})
