# dict equality with nested values and float keys
a = {'k': [1, {'z': (1, 2)}], 2.0: 'two'}
b = {2: 'two', 'k': [1, {'z': (1, 2)}]}
print(a == b)
b['k'][1]['z'] = (1, 3)
print(a == b)
print({float('nan'): 1} == {float('nan'): 1})
n = float('nan')
print({n: 1} == {n: 1})
print({1: None} == {1: 0})
print({'a': 1, 'b': 2}.items() == {'b': 2, 'a': 1}.items())
