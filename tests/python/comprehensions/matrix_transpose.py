# nested comprehensions: matrix transpose and friends
m = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
t = [[row[i] for row in m] for i in range(len(m[0]))]
print(t)
print([list(col) for col in zip(*m)] == t)
print([[m[r][c] * 2 for c in range(len(m[0]))] for r in range(len(m))])
identity = [[1 if r == c else 0 for c in range(4)] for r in range(4)]
for row in identity:
    print(row)
flat = [x for row in m for x in row]
print(flat)
reshaped = [flat[i:i + 3] for i in range(0, len(flat), 3)]
print(reshaped)
diag = [m[i][i] for i in range(min(len(m), len(m[0])))]
print(diag)
rotated = [list(reversed(col)) for col in zip(*m)]
print(rotated)
