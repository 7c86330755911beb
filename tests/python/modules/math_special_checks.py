# math: isnan, isinf, isclose, copysign, fsum, inf/nan
import math
print(math.isnan(math.nan), math.isnan(1.0), math.isnan(float('nan')))
print(math.isinf(math.inf), math.isinf(-math.inf), math.isinf(1e308), math.isinf(1e308 * 10))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.0001), math.isclose(1.0, 1.0001, rel_tol=1e-3))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.copysign(3, -0.0), math.copysign(-3, 1), math.copysign(0.0, -1), math.copysign(5, -2))
print(sum([0.1] * 10), math.fsum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]))
print(math.fsum([]), math.fsum([1, 2, 3]))
print(math.inf > 10 ** 300, math.inf == float('inf'), math.nan != math.nan)
