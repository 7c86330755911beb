# str() and repr() of various values
vals = [0, -3, 2.5, 1e100, True, None, 'text', "it's", '', [1, 'a'], (1,), (), {'k': 'v'}, {1, 2}, [[], [[]]], ('a', ('b', ('c',))), {'nested': {'list': [1, (2, '3')]}}]
for v in vals:
    print(str(v), '|', repr(v))
print(str('x\ny'), repr('x\ny'))
print(['x\ny', 'tab\t'])
print(str([1.0, 2.50, -0.0]))
print(repr(repr('a')))
print(str(str))
print(str(len))
print(repr(print))
