# arithmetic with inf and nan
inf = float('inf')
nan = float('nan')
print(inf + inf, inf - inf, inf * -1, inf / inf, inf * 0)
print(1 / inf, -1 / inf, inf // 1 == inf)
print(nan + 1, nan * 0, nan - nan)
print(inf > 10 ** 400, -inf < -(10 ** 400))
print(max(1, inf), min(-inf, 0))
print(inf == float('inf'), nan is nan, nan == nan)
print(abs(-inf), -inf)
print(1e308 * 10 == inf)
print(5 % inf, -5 % inf)
print(5 // inf, -5 // inf)
print(0.0 * -1, -0.0 + -0.0, -0.0 - 0.0)
print(int(1e18), int(-1e18))
try:
    int(inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(nan)
except ValueError as e:
    print(type(e).__name__, e)
