# iterating lists with enumerate and indexes
fruits = ['apple', 'banana', 'cherry']
for i, f in enumerate(fruits):
    print(i, f)
for i, f in enumerate(fruits, 1):
    print(i, f)
for i, f in enumerate(fruits, start=-1):
    print(i, f)
for i in range(len(fruits)):
    fruits[i] = fruits[i].upper()
print(fruits)
idx = [i for i, f in enumerate(fruits) if 'A' in f]
print(idx)
print(list(enumerate([])))
pairs = list(enumerate('abc'))
print(pairs, pairs[1][1])
