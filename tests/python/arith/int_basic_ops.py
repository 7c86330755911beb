# basic integer arithmetic
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a + b, -a - b, -a * b)
print(b - a, b * -a)
print(0 * a, a * 0, a ** 0, 0 ** 0)
print(1 + 2 * 3, (1 + 2) * 3, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2)
print(10 - 3 - 2, 100 // 10 // 3)
print(7 % 3 * 2, 7 * 3 % 4)
x = 0
for i in range(1, 11):
    x = x * 3 + i
    print(i, x)
print(+a, -(-a))
