# math: trig, exp, log
import math
print(math.sin(0), math.cos(0), math.tan(0))
print(round(math.sin(math.pi / 2), 12), round(math.cos(math.pi), 12), round(math.tan(math.pi / 4), 12))
print(math.sin(1), math.cos(1), math.tan(1))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(1, 0))
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(10))
print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(1000))
print(math.log2(8), math.log2(1024), math.log2(3), math.log10(1000), math.log10(2))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(45))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1))
print(math.log(2 ** 100), math.log10(10 ** 50))
