# startswith / endswith
s = 'filename.tar.gz'
print(s.startswith('file'), s.startswith('name'), s.startswith(''))
print(s.endswith('.gz'), s.endswith('.tar'), s.endswith(('.zip', '.gz')))
print(s.startswith(('a', 'b', 'f')), s.startswith(()))
print(s.startswith('name', 4), s.startswith('name', 4, 6))
print(s.endswith('tar', 0, 12), s.endswith('.tar', -7, -3))
names = ['test_a.py', 'main.py', 'test_b.txt', 'README']
print([n for n in names if n.startswith('test_') and n.endswith('.py')])
print([n for n in names if n.endswith(('.py', '.txt'))])
