# dicts preserve insertion order
d = {}
for k in ['zebra', 'apple', 'mango', 'banana']:
    d[k] = len(k)
print(d)
print(list(d), list(d.values()))
d['apple'] = 99
print(d)
del d['zebra']
d['zebra'] = 0
print(d)
d.pop('mango')
d['mango'] = 1
print(list(d.keys()))
n = {}
for i in [5, 3, 9, 1, 7]:
    n[i] = i * i
print(n, list(n))
