# int keys, negative and big
d = {}
for k in [-3, 0, 7, 2 ** 70, -(2 ** 70), 10 ** 20]:
    d[k] = str(k)[:6]
print(d)
print(d[2 ** 70], d[-3], d[0])
print(2 ** 70 in d, 2 ** 70 + 1 in d)
sparse = {i * 1000: i for i in range(5)}
print(sparse, sparse.get(3000), sparse.get(3001))
print(sorted(d))
