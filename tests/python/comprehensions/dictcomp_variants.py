# dict comprehensions
words = ['apple', 'banana', 'cherry', 'avocado']
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print({k: v for k, v in zip('abc', range(3))})
print({i: i ** 2 for i in range(10) if i % 3 == 0})
inv = {v: k for k, v in {'x': 1, 'y': 2, 'z': 1}.items()}
print(inv)
print({(r, c): r * c for r in range(2) for c in range(3)})
counts = {ch: 'mississippi'.count(ch) for ch in 'mississippi'}
print(counts)
nested = {k: {j: j * k for j in range(2)} for k in range(3)}
print(nested)
print({k: v for k, v in sorted({'b': 2, 'a': 1, 'c': 3}.items(), key=lambda kv: -kv[1])})
