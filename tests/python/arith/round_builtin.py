# round with banker's rounding and ndigits
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.4, 2.6, -2.6]:
    print(v, round(v), type(round(v)).__name__)
print(round(3.14159, 2), round(3.14159, 0), round(3.14159, 4))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -1), round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(5, -1))
print(round(7), round(7, 2), round(-7, -1))
print(round(2 ** 70 + 5, -1))
print(round(1e20, 2))
print(round(-0.4), round(0.4))
print(round(123.456, 1), round(-123.456, 1))
