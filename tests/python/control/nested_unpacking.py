# nested tuple/list unpacking
(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, c) = 1, [2, 3]
print(a, b, c)
[a, [b, [c, d]]] = [1, [2, [3, 4]]]
print(a, b, c, d)
data = [('ann', (30, 'NY')), ('bob', (25, 'LA'))]
for name, (age, city) in data:
    print(name, age, city)
((x1, y1), (x2, y2)) = ((0, 0), (3, 4))
print(((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5)
for i, (k, v) in enumerate({'p': 1, 'q': 2}.items()):
    print(i, k, v)
try:
    (a, b), c = (1, 2, 3), 4
except ValueError as e:
    print(type(e).__name__, e)
