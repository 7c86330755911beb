# str.splitlines
text = 'line1\nline2\r\nline3\rline4'
print(text.splitlines())
print(text.splitlines(True))
print('trailing\n'.splitlines())
print('\n\nblank\n'.splitlines())
print(''.splitlines())
print('one'.splitlines())
print('a\n\nb'.splitlines(keepends=True))
print('a\n\nb'.split('\n'))
for i, line in enumerate('x\ny\nz'.splitlines(), 1):
    print(i, line)
