# floor division and modulo with floats
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (7, 2.5), (-7, 2.5), (0.0, 3), (1e-3, 1), (-1e-3, 1)]
for a, b in pairs:
    print(a, b, a // b, a % b)
print(5.0 // 1, -5.0 // 1)
print(-0.0 % 5, 0.0 % -5)
print(3.5 % 1, -3.5 % 1)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(1.0 // 0.1, 1.0 % 0.1)
print(10 % 3.0, -10 % 3.0)
