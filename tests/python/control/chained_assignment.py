# chained assignment evaluates once, assigns left to right
a = b = []
a.append(1)
print(a, b, a is b)
x = y = z = 10
x += 1
print(x, y, z)
def val():
    print('val called')
    return [0, 0]
p = q = val()
print(p is q)
lst = [0, 0, 0]
i = lst[i] = 1 if False else 2
print(i, lst)
i = 0
lst = [5, 5, 5]
i = lst[i] = 1
print(i, lst)
d = {}
d['a'] = d['b'] = 'same'
print(d)
