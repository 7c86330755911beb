# partition and rpartition
s = 'key=value=more'
print(s.partition('='))
print(s.rpartition('='))
print(s.partition('#'))
print(s.rpartition('#'))
print('no sep here'.partition(' '))
print('a.b.c'.rpartition('.'))
print(''.partition('x'))
head, sep, tail = 'user@example.com'.partition('@')
print(head, sep, tail)
for line in ['name: Bob', 'age: 42', 'invalid line']:
    k, found, v = line.partition(': ')
    print(repr(k), repr(found), repr(v))
try:
    s.partition('')
except ValueError as e:
    print(type(e).__name__, e)
