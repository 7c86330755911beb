# augmented assignment with numbers
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 7; print(x)
x **= 3; print(x)
x /= 2; print(x)
y = 0b1111
y &= 0b1010; print(y)
y |= 0b0101; print(y)
y ^= 0b0011; print(y)
y <<= 3; print(y)
y >>= 2; print(y)
z = 2
for i in range(6):
    z **= 2
print(z)
f = 1.5
f *= 2; f -= 0.5; f /= 5
print(f)
