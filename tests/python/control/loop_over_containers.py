# looping over different iterables
for c in 'hi':
    print('str', c)
for x in (1, 2):
    print('tuple', x)
for k in {'a': 1, 'b': 2}:
    print('dict', k)
for v in sorted({3, 1, 2}):
    print('set', v)
for b in b'AB':
    print('bytes', b)
for i, v in enumerate(range(10, 13)):
    print('range', i, v)
for a, b in zip([1, 2, 3], 'xyz'):
    print('zip', a, b)
for line in 'l1\nl2'.splitlines():
    print('line', line)
