# math: gcd, factorial, comb, perm, isqrt
import math
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(2 ** 64, 6 ** 30))
print([math.factorial(i) for i in range(10)])
print(math.factorial(30))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(52, 5), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(10, 3), math.perm(3, 5))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(17), math.isqrt(10 ** 30), math.isqrt(2 ** 101))
for bad in [lambda: math.factorial(-1), lambda: math.isqrt(-4), lambda: math.comb(-1, 2)]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
try:
    math.factorial(2.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__)
