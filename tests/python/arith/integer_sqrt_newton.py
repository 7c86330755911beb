# integer square root via Newton's method on big ints
def isqrt(n):
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 10 ** 20, 2 ** 101, 10 ** 50 + 12345]:
    r = isqrt(n)
    print(n, r, r * r <= n < (r + 1) * (r + 1))
