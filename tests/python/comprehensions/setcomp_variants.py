# set comprehensions (printed sorted when needed)
print({x % 4 for x in range(20)})
print(sorted({w.lower() for w in ['A', 'a', 'B', 'b', 'c']}))
print(sorted({len(w) for w in 'one three five seven eleven'.split()}))
print({x for x in range(8) if x % 2} == {1, 3, 5, 7})
pairs = {(min(a, b), max(a, b)) for a in range(3) for b in range(3) if a != b}
print(sorted(pairs))
print(len({i * j for i in range(1, 10) for j in range(1, 10)}))
