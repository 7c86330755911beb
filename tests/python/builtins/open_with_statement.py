# with-statement closes files, even on exceptions
name = '_tmp_open_with_statement.txt'
with open(name, 'w') as f:
    f.write('abc')
    print(f.closed)
print(f.closed)
try:
    with open(name) as g:
        content = g.read()
        raise ValueError('while file open')
except ValueError as e:
    print('caught', e, 'closed?', g.closed, repr(content))
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
try:
    open('_tmp_definitely_missing_dir/none.txt')
except FileNotFoundError as e:
    print(type(e).__name__, 'for a missing file')
with open(name, 'w') as a, open(name.replace('.txt', '_2.txt'), 'w') as b:
    a.write('A')
    b.write('B')
with open(name) as a, open(name.replace('.txt', '_2.txt')) as b:
    print(a.read() + b.read())
