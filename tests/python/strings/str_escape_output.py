# printing strings containing escapes vs their reprs
items = ['a\tb', 'c\nd', 'back\\slash', 'q"uote', "s'ingle", '\x00', 'bell\a']
for it in items:
    print(len(it), repr(it))
print('a\tb')
print('-'.join(['\\n', '\\t']))
print('%r' % 'x\ty')
print('{!r}'.format('é\n'))
print(str(['a\tb']))
