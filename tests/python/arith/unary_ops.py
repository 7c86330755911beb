# unary minus, plus and invert
for v in [0, 1, -1, 2 ** 64, -(2 ** 64), 0.0, 1.5, -2.5]:
    print(repr(v), -v, +v)
for v in [0, 1, -1, 7, -8, 2 ** 64]:
    print(v, ~v, ~~v)
print(- - 5, - + - 5, not -1, not 0)
x = 3
print(-x ** 2, (-x) ** 2, -x * -x)
