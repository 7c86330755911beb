# bitwise operations on small ints
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, ~b)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(-5 & 3, -5 | 3, -5 ^ 3, ~-5)
print(0xFF & 0x0F, 0xF0 | 0x0F, 0xFF ^ 0xFF)
print(~0, ~-1, ~255)
print(True & True, True | False, True ^ False, ~True)
x = 0
for i in range(8):
    x |= 1 << i
    print(i, x, bin(x))
print(x & ~(1 << 3))
print(6 & 3 | 8, 6 & (3 | 8), 1 | 2 ^ 3 & 4)
