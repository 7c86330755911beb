# math: sqrt, floor, ceil, trunc, fabs, pow, constants
import math
print(math.pi, math.e, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25), math.sqrt(10 ** 20))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.floor(5), math.ceil(5.0))
print(type(math.floor(2.5)).__name__, type(math.ceil(2.5)).__name__)
print(math.trunc(2.9), math.trunc(-2.9), math.trunc(7))
print(math.fabs(-3), math.fabs(2.5), math.pow(2, 10), math.pow(2, -1), math.pow(9, 0.5))
print(math.floor(1e300) > 0, math.ceil(-0.5))
