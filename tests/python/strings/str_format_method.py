# str.format in detail
print('{} and {}'.format('spam', 'eggs'))
print('{0} and {1}; {1} and {0}'.format('spam', 'eggs'))
print('{a}-{b}-{a}'.format(a=1, b=2))
print('{0}{name}{1}'.format('<', '>', name='mid'))
print('[{:10}]'.format('left'))
print('[{:>10}]'.format('right'))
print('[{:^10}]'.format('mid'))
print('[{:_<10}]'.format('fill'))
print('[{:10}]'.format(42))
print('[{:<10}]'.format(42))
print('{:.2f} {:.0f} {:.1e}'.format(3.14159, 2.5, 12345.0))
print('{:,} {:_} {:08.2f}'.format(1234567, 1234567, -3.5))
print('{:x} {:X} {:#o} {:b}'.format(254, 254, 8, 5))
print('{0!r} {0!s}'.format('text'))
print('{} {}'.format([1, 2], {'a': 1}))
print('{0[1]} {1[key]}'.format('xyz', {'key': 'K'}))
print('{:>{}}'.format('w', 5))
print('{:{}.{}f}'.format(3.14159, 8, 2))
try:
    '{} {}'.format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    '{name}'.format(other=1)
except KeyError as e:
    print(type(e).__name__, e)
