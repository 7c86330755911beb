# format() builtin
print(format(3.14159, '.2f'), format(255, 'x'), format(255, '#X'), format(1234567, ','))
print(format('s', '>5') + '|', format('s', '<5') + '|', format('s', '^5') + '|', format('s', '*^7'))
print(format(42), format(42, ''), format(3.0), format('text'))
print(format(0.5, '%'), format(0.125, '.1%'), format(1e6, 'e'), format(1e6, '.3g'))
print(format(42, '08b'), format(-42, '+d'), format(42, ' d'), format(7, '03'))
print(format(1234.5678, ',.2f'), format(1234.5678, '_.1f'), format(10 ** 12, '_'))
print(format(True), format(None), format([1, 2]))
try:
    format('x', 'd')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.5, 'x')
except ValueError as e:
    print(type(e).__name__, e)
