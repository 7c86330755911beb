# comparisons between ints and floats, including big values
print(1 < 1.5, 2 > 1.5, 1 == 1.0, 1 != 1.0000001)
big = 2 ** 60
print(big == float(big), big + 1 == float(big + 1), big + 1 > float(big))
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(10 ** 400 < float('inf'), -(10 ** 400) > float('-inf'))
print(2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 < 2.0 ** 53 + 2)
print(0 == -0.0, 0 < 1e-300, 0 > -1e-300)
print(max(3, 3.0), max(3.0, 3), min(2, 2.0))
print(sorted([3, 1.5, 2, -0.5, 10 ** 20, 1e19]))
print(1.0 in [1, 2], 2 in [1.0, 2.0])
print(float('nan') == 1, float('nan') != 1)
