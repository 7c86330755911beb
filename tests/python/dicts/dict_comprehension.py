# dict comprehensions
sq = {x: x * x for x in range(6)}
print(sq)
print({k: v for k, v in sq.items() if v % 2 == 0})
print({v: k for k, v in {'a': 1, 'b': 2}.items()})
words = ['apple', 'bob', 'cat', 'apple']
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({str(i): [j for j in range(i)] for i in range(4)})
keys = ['x', 'y', 'z']
vals = [1, 2, 3]
print({k: v for k, v in zip(keys, vals)})
print({k: v for k, v in zip(keys, vals) if k != 'y'})
