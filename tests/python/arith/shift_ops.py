# left and right shifts
for n in [1, 5, -5, 255, -256]:
    print(n, n << 1, n << 4, n >> 1, n >> 4)
print(1 << 0, 1 << 31, 1 << 32, 1 << 63, 1 << 64)
print(-1 << 63)
print(2 ** 100 >> 90, -(2 ** 100) >> 90)
print(7 >> 10, -7 >> 10)
print(1 << 2 + 1, (1 << 2) + 1)
try:
    print(1 << -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1 >> -1)
except ValueError as e:
    print(type(e).__name__, e)
print(True << 3)
