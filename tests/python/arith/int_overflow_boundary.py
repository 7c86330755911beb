# values crossing 32/64-bit boundaries stay exact
m = 2 ** 63 - 1
print(m, m + 1, m * 2, -m - 2)
print((m + 1) - 1 == m)
print(m * m)
print((m * m) // m == m)
x = 2 ** 31 - 1
print(x + 1, x * x, -x - 2)
n = 1
for i in range(70):
    n *= 2
print(n)
for i in range(70):
    n //= 2
print(n, type(n).__name__)
print(abs(-(2 ** 63)))
print(-(-(2 ** 63)))
print((2 ** 63) // -1)
print(-(2 ** 63) // -1)
print(-(2 ** 63) % -1)
print(9223372036854775807 * 9223372036854775807)
print(4611686018427387904 + 4611686018427387904)
print(-9223372036854775808 - 9223372036854775808)
