# reverse and copy
a = [1, 2, 3, 4]
a.reverse()
print(a)
b = a.copy()
b.append(5)
print(a, b)
c = a
c.append(0)
print(a, c, a is c, a is b)
nested = [[1, 2], [3]]
shallow = nested.copy()
shallow[0].append(99)
shallow.append([4])
print(nested, shallow)
d = a[:]
print(d == a, d is a)
e = list(a)
print(e == a, e is a)
print([].copy(), [1].copy())
