# nested replacement fields inside format spec
w = 10
p = 3
x = 3.14159
s = 'hi'
print(f'[{s:{w}}]')
print(f'[{s:>{w}}]')
print(f'[{x:{w}.{p}f}]')
print(f'[{x:.{p}}]')
for width in range(3, 7):
    print(f'[{42:>{width}}]')
fill = '*'
align = '^'
print(f'[{s:{fill}{align}{w}}]')
print(f'{"a":{w - 5}}|')
print(f'{x!r:>20}')
print(f'{s!r:^8}')
