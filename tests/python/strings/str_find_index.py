# find, rfind, index, rindex
s = 'hello world, hello python'
print(s.find('hello'), s.rfind('hello'))
print(s.find('o'), s.rfind('o'))
print(s.find('xyz'), s.rfind('xyz'))
print(s.find('o', 5), s.find('o', 5, 7), s.find('o', 8, 10))
print(s.rfind('o', 0, 10))
print(s.index('world'), s.rindex('l'))
print(s.find(''), s.rfind(''), len(s))
print(s.find('h', -6))
try:
    s.index('java')
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex('java')
except ValueError as e:
    print(type(e).__name__, e)
print('abcabc'.index('c', 3))
