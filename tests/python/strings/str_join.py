# str.join
print(','.join(['a', 'b', 'c']))
print(''.join(['x', 'y']))
print(' - '.join(('one', 'two')))
print('/'.join('abc'))
print('|'.join([]))
print('+'.join(['solo']))
print(', '.join(str(i) for i in range(5)))
print('\n'.join(['l1', 'l2']))
print('-'.join(reversed('stressed')))
d = {'k1': 1, 'k2': 2}
print(';'.join(d))
print(';'.join(k + '=' + str(v) for k, v in d.items()))
try:
    ','.join(['a', 1, 'b'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ','.join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
