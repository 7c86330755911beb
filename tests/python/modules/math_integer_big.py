# math functions with big integers
import math
big = 2 ** 200 + 1
print(math.isqrt(big), math.isqrt(big) ** 2 <= big)
print(math.gcd(big - 1, 2 ** 150), math.gcd(10 ** 40, 6 ** 40))
print(math.factorial(50))
print(math.comb(200, 100))
print(math.perm(30, 10))
print(math.floor(10 ** 30 / 7), math.ceil(-(10 ** 20) / 3))
print(math.trunc(1e20), math.floor(-1e20))
print(math.log(10 ** 100, 10), math.log2(2 ** 1000), math.log10(10 ** 300))
