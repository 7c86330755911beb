# append, extend, insert
a = []
a.append(1)
a.append([2, 3])
print(a)
a.extend([4, 5])
a.extend('ab')
a.extend((6,))
a.extend(range(7, 9))
print(a, len(a))
a.insert(0, 'first')
a.insert(100, 'last')
a.insert(-1, 'before-last')
a.insert(-100, 'very-first')
a.insert(3, 'mid')
print(a)
b = [1, 2]
b.extend(b)
print(b)
r = b.append(3)
print(r, b)
c = []
for i in range(5):
    c.insert(0, i)
print(c)
