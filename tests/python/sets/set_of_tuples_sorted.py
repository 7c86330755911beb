# sets of tuples, printed sorted
moves = {(0, 1), (1, 0), (0, -1), (-1, 0)}
pos = {(0, 0)}
for step in range(3):
    pos = {(x + dx, y + dy) for (x, y) in pos for (dx, dy) in moves}
    print(step, len(pos))
print(sorted(pos)[:6])
edges = {(1, 2), (2, 3), (2, 1), (3, 1)}
undirected = {tuple(sorted(e)) for e in edges}
print(sorted(undirected))
print((2, 1) in edges, (3, 2) in edges)
