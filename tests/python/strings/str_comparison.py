# string comparison is lexicographic by code point
pairs = [('a', 'b'), ('a', 'A'), ('abc', 'abd'), ('abc', 'ab'), ('', 'a'), ('Z', 'a'), ('apple', 'apple'), ('10', '9'), ('é', 'z'), ('中', 'é')]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
print(max(['pear', 'apple', 'fig']), min(['pear', 'apple', 'fig']))
print(sorted(['b', 'B', 'a', 'A', '_', '1']))
s1 = 'abc'
print(s1 == 'abc', s1 is not None)
