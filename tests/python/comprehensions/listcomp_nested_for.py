# comprehensions with multiple for clauses and conditions
print([(a, b) for a in range(4) for b in range(a)])
print([(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 15) if a * a + b * b == c * c])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([v for row in matrix for v in row])
print([v for row in matrix if sum(row) > 6 for v in row if v % 2])
print([x + y for x in 'ab' for y in 'xy'])
print([[r, c] for r in range(2) for c in range(2) if r != c])
print([word for sentence in ['a b', 'c d e'] for word in sentence.split()])
print([(i, j) for i in range(3) if i for j in range(i) if j >= 0])
