# ljust, rjust, center, zfill
s = 'abc'
for w in [0, 2, 3, 4, 5, 8]:
    print(w, '[' + s.ljust(w) + ']', '[' + s.rjust(w) + ']', '[' + s.center(w) + ']')
print(s.ljust(7, '*'), s.rjust(7, '-'), s.center(7, '='), s.center(8, '='))
print('ab'.center(5, '.'), 'ab'.center(6, '.'), 'a'.center(4, '.'))
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), '42'.zfill(1), 'abc'.zfill(6), ''.zfill(3))
print('3.14'.zfill(8), '-0.5'.zfill(6))
try:
    s.ljust(5, '**')
except TypeError as e:
    print(type(e).__name__, e)
table = [('apple', 3), ('kiwi', 12), ('watermelon', 1)]
for name, qty in table:
    print(name.ljust(12, '.') + str(qty).rjust(4))
