# KeyError and its repr/str
d = {'a': 1, 2: 'two', (1, 2): 'tup'}
for key in ['b', 3, (3, 4), None, 2.5, '', "it's"]:
    try:
        d[key]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    del d['missing']
except KeyError as e:
    print('del', e)
try:
    {}[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[{}] = 1
except TypeError as e:
    print(type(e).__name__, e)
