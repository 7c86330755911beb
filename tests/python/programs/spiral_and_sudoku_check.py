# spiral matrix generation and sudoku validation
def spiral(n):
    m = [[0] * n for _ in range(n)]
    r, c, dr, dc = 0, 0, 0, 1
    for v in range(1, n * n + 1):
        m[r][c] = v
        nr, nc = r + dr, c + dc
        if not (0 <= nr < n and 0 <= nc < n and m[nr][nc] == 0):
            dr, dc = dc, -dr
            nr, nc = r + dr, c + dc
        r, c = nr, nc
    return m

for n in [1, 3, 5]:
    for row in spiral(n):
        print(' '.join('%2d' % v for v in row))
    print()

def valid_sudoku(grid):
    def ok(group):
        vals = [v for v in group if v != 0]
        return len(vals) == len(set(vals))
    rows = all(ok(r) for r in grid)
    cols = all(ok([grid[r][c] for r in range(9)]) for c in range(9))
    boxes = all(ok([grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)]) for br in (0, 3, 6) for bc in (0, 3, 6))
    return rows and cols and boxes

solved = [[(r * 3 + r // 3 + c) % 9 + 1 for c in range(9)] for r in range(9)]
for row in solved[:3]:
    print(row)
print(valid_sudoku(solved))
broken = [row[:] for row in solved]
broken[0][0], broken[0][1] = broken[0][1], broken[0][0]
print(valid_sudoku(broken))
partial = [row[:] for row in solved]
for r in range(9):
    partial[r][r] = 0
print(valid_sudoku(partial), sum(v == 0 for row in partial for v in row))
