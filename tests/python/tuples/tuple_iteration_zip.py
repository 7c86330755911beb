# iterating and zipping tuples
names = ('ann', 'bob', 'cid')
ages = (31, 25, 40)
for n, a in zip(names, ages):
    print(n, a)
pairs = tuple(zip(names, ages))
print(pairs)
unzipped = tuple(zip(*pairs))
print(unzipped)
print(dict(pairs))
print(tuple(reversed(names)), tuple(sorted(ages, reverse=True)))
total = 0
for _, age in pairs:
    total += age
print(total)
print(tuple(x * 2 for x in ages))
