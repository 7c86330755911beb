# string methods on empty strings and edge cases
e = ''
print(repr(e.upper()), repr(e.strip()), e.split(), e.split(','), repr(e.join([])))
print(e.find(''), e.count(''), e.startswith(''), e.endswith(''))
print(e.isdigit(), e.isalpha(), e.isspace(), e.isupper(), e.islower())
print(repr(e.center(3)), repr(e.zfill(2)), repr(e.replace('', 'x')))
print(e.partition('.'), repr(e[::-1]), repr(e[0:0]), repr(e * 100))
print(len(e), e == '', not e, bool(e))
print(repr(' '.strip()), repr('a'.center(0)), repr('x'.ljust(-5)))
try:
    e[0]
except IndexError as e2:
    print(type(e2).__name__, e2)
