# get and setdefault
d = {'a': 1}
print(d.get('a'), d.get('b'), d.get('b', 'default'), d.get('a', 'default'))
print(d)
print(d.setdefault('a', 50), d)
print(d.setdefault('b', 2), d)
print(d.setdefault('c'), d)
groups = {}
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups.setdefault(word[0], []).append(word)
print(groups)
counts = {}
for ch in 'hello world':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
