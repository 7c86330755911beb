# set operators
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= b, a < a, a <= a, {1, 2} < a, a > {1}, a >= b)
print(a == {5, 4, 3, 2, 1}, a != b)
c = a.copy()
c |= {10}
print(sorted(c))
c &= {1, 2, 10, 99}
print(sorted(c))
c -= {1}
print(sorted(c))
c ^= {2, 3}
print(sorted(c))
try:
    a + b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
