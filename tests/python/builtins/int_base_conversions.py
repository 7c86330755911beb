# int() with bases and str conversions back
def to_base(n, b):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    if n == 0:
        return '0'
    sign = '-' if n < 0 else ''
    n = abs(n)
    out = ''
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return sign + out
for n in [0, 5, 255, -255, 1000, 2 ** 40]:
    for b in [2, 8, 16, 36]:
        s = to_base(n, b)
        print(n, b, s, int(s, b) == n)
print(int('  -0x1A  ', 16), int('0B1', 0), int('0O7', 0), int('0X_ff', 0))
