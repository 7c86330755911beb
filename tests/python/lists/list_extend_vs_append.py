# extend vs append vs +=
a = [1]
b = [1]
c = [1]
a.append([2, 3])
b.extend([2, 3])
c += [2, 3]
print(a, b, c)
print(len(a), len(b), len(c))
d = []
d.extend(x for x in range(3))
d.extend({'k': 1})
d.extend('')
print(d)
e = [1, 2]
e.extend(e[:])
print(e)
f = []
f.append(f)
print(len(f), f[0] is f)
