# printf-style formatting
print('%d items' % 5)
print('%s and %s' % ('a', 'b'))
print('%r' % 'quoted')
print('%5.2f|' % 3.14159)
print('%-8s|%8s|' % ('left', 'right'))
print('%x %X %o' % (255, 255, 8))
print('%-5d|%5d|%05d' % (42, 42, 42))
print('100%%')
print('%d%%' % 50)
print('%s' % [1, 2])
print('%s' % (('tuple', 'inside'),))
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30})
print('%e' % 12345.678, '%.3e' % 0.000123)
print('%g %g' % (0.0001, 1e20))
print('%c%c' % (72, 'i'))
print('%+d %+d' % (5, -5))
print('% d' % 7)
print('%.3s' % 'abcdef')
print('%*d' % (6, 42))
print('%d' % 3.99, '%s' % 3.99, '%i' % 7)
try:
    '%d %d' % (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    '%d' % (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    '%d' % 'x'
except TypeError as e:
    print(type(e).__name__, e)
