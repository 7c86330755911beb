# float arithmetic
a, b = 2.5, 0.5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(0.1 + 0.2, 0.3 - 0.1, 0.1 * 3, 0.3 / 0.1)
print(1.1 * 1.1, 2.2 + 3.3, 1e10 + 1, 1e16 + 1)
print(1e308 + 1e308, -1e308 * 10)
print(1e-320 / 1e10)
total = 0.0
for i in range(10):
    total += 0.1
    print(i, total)
print(total == 1.0)
print(3.0 * 2, 3.0 - 3, 7.0 / 7)
print(-1.5 * -2)
