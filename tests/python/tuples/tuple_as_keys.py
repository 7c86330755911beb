# tuples as dict keys and set elements
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], grid[2, 0], (0, 0) in grid, (3, 3) in grid)
print(sorted(grid)[:4])
seen = {(1, 2), (2, 1), (1, 2)}
print(len(seen), sorted(seen))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2.0)))
try:
    d = {([1], 2): 'x'}
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
nested = {((1, 2), (3, 4)): 'pair of pairs'}
print(nested[((1, 2), (3, 4))])
