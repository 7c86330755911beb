# del, in, equality
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d, 'b' in d, 'a' in d, 1 in d, 'b' not in d)
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1})
print({'a': 1} == {'a': 1.0}, {'a': 1} == {'a': '1'}, {} == {})
print({'a': [1, 2]} == {'a': [1, 2]}, {'a': 1} != {'a': 2})
print({1: 'x'} == {True: 'x'})
try:
    print({'a': 1} < {'b': 2})
except TypeError as e:
    print(type(e).__name__, e)
x = {'k': 'v'}
y = x
del x
print(y)
