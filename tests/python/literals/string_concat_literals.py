# implicit concatenation and multiplication of literals
s = ('abc'
     'def'
     "ghi")
print(s, len(s))
print('ab' * 3, 3 * 'cd', 'x' * 0, 'y' * -2)
print('a' + 'b' + 'c')
n = 5
print('-' * n + '>' )
print('=' * 20)
print(b'ab' * 2)
x = 'multi' \
    'line'
print(x)
print(''.join(['p', 'q']) + 'r')
print(f'{n}' 'plain' f'{n + 1}')
