# comparisons and membership for bytes
a, b = b'abc', b'abd'
print(a < b, a == b, a != b, a > b, a <= a, b >= a)
print(b'' < b'a', b'a' < b'aa', b'B' < b'a')
print(b'abc' == 'abc', b'abc' == b'abc')
print(b'b' in a, b'bc' in a, b'x' in a, b'' in a)
print(98 in a, 120 in a)
print(sorted([b'zeta', b'alpha', b'Beta']))
print(max(b'hello'), min(b'hello'))
try:
    print('a' in b'abc')
except TypeError as e:
    print(type(e).__name__, e)
