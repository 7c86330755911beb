# floor division and modulo sign rules for ints
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 10), (-1, 10), (1, -10)]
for a, b in pairs:
    q = a // b
    r = a % b
    print(a, b, q, r, q * b + r == a)
print(-1 // 1, -0 // 5)
print(13 // -4, 13 % -4)
print(-13 // 4, -13 % 4)
print((-3) % 5, -3 % 5, -(3 % 5))
