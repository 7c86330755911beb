# set comprehensions
print({x % 5 for x in range(20)})
print(sorted({x * x for x in range(-4, 5)}))
print(sorted({w.lower() for w in 'The the THE cat Cat'.split()}))
print({(x, y) for x in range(3) for y in range(3) if x + y == 2} == {(0, 2), (1, 1), (2, 0)})
print({c for c in 'hello' if c != 'l'} == {'h', 'e', 'o'})
print(len({i // 3 for i in range(30)}))
print(sorted({len(w) for w in ['a', 'bb', 'cc', 'ddd']}))
