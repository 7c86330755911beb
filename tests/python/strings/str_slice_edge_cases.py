# tricky slice bounds
s = '0123456789'
tests = [(0, 0, 1), (3, 3, 1), (5, 2, 1), (-2, None, 1), (None, -2, 1), (-100, 100, 1),
         (None, None, -1), (9, 0, -1), (9, None, -3), (0, 9, -1), (-1, -11, -1), (2, -2, 2), (-3, 3, -1)]
for a, b, c in tests:
    print(a, b, c, repr(s[a:b:c]))
print(s[len(s):], s[:-len(s)], s[-len(s):])
print(s[1:][1:][1:], s[::-1][::-1] == s)
