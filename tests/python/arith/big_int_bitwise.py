# bitwise ops on big ints including negatives
a = 2 ** 80 + 0xABCDEF
b = 2 ** 70 - 1
print(a & b)
print(a | b)
print(a ^ b)
print(~a, ~b)
print(a << 10, a >> 10)
print(a >> 100, (-a) >> 100)
print(-a & 0xFFFF, -a | 0xFF, -a ^ 0xF0F0)
print(-a & -b)
print(1 << 200)
print((1 << 200) >> 199)
print(-1 >> 1000)
print((-(2 ** 90)) >> 3)
print(bin(a)[:20], len(bin(a)))
