# conversions between float and int
for v in [0.0, 0.9, -0.9, 1.5, -1.5, 1e10, -1e10, 123456789.987654321, 2.0 ** 62, 2.0 ** 80]:
    print(v, int(v), float(int(v)))
print(float(10 ** 20), float(-(10 ** 20)))
print(int(float(2 ** 53 + 1)))
print(float(123), float(-0))
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 // 10 ** 398)
