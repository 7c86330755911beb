# big integer arithmetic
a = 2 ** 100 + 12345
b = 3 ** 50 - 1
print(a, b)
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(a // b, a % b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(divmod(a, b))
print(a ** 3)
print(a // 7, a % 7)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // (2 ** 20), f % 1000003)
print(a * 0, a - a, a // a)
print(-(2 ** 200) // 3, -(2 ** 200) % 3)
