# basic f-strings
name = 'World'
n = 42
pi = 3.14159
print(f'Hello, {name}!')
print(f'{n} + 1 = {n + 1}')
print(f"{name.upper()} {len(name)}")
print(f'{pi}')
print(f'{[1, 2, 3]} {(1,)} {{braces}}')
print(f'{n!r} {name!r} {name!s}')
print(F'upper F {n}')
items = {'a': 1}
print(f"{items['a']}")
print(f'{n * 2}{n * 3}')
print(f'{"nested quotes"}')
print(f'{None} {True} {3.0}')
print(f'')
x = 10
print(f'{x if x > 5 else -x}')
print(f'{x}' + f'{x}')
