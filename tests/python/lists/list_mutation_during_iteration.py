# mutating a list while iterating (well-defined CPython behavior)
a = [1, 2, 3, 4, 5, 6]
for x in a:
    if x % 2 == 0:
        a.remove(x)
print(a)
b = [1, 2, 3]
count = 0
for x in b:
    if count < 3:
        b.append(x * 10)
    count += 1
print(b, count)
c = [1, 2, 3, 4]
for x in c[:]:
    if x > 1:
        c.remove(x)
print(c)
d = [5, 6, 7]
for i, x in enumerate(d):
    d[i] = x * 2
print(d)
