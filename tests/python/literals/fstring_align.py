# f-string alignment and width
x = 'abc'
n = 42
print(f'[{x:>10}]')
print(f'[{x:<10}]')
print(f'[{x:^10}]')
print(f'[{x:*^11}]')
print(f'[{x:-<6}]')
print(f'[{n:>6}]')
print(f'[{n:<6}]')
print(f'[{n:^6}]')
print(f'[{n:06}]')
print(f'[{-n:06}]')
print(f'[{n:=+6}]')
print(f'[{n:+}] [{-n:+}] [{n: }]')
print(f'[{x:2}]')
print(f'[{3.5:8}] [{3.5:<8}]')
print(f'[{True:>6}]')
