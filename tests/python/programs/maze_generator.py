# seeded random maze generation (recursive backtracker) and solving
import random

def generate(w, h, seed):
    random.seed(seed)
    grid = [['#'] * (2 * w + 1) for _ in range(2 * h + 1)]
    stack = [(0, 0)]
    seen = {(0, 0)}
    grid[1][1] = ' '
    while stack:
        x, y = stack[-1]
        options = [(dx, dy) for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))
                   if 0 <= x + dx < w and 0 <= y + dy < h and (x + dx, y + dy) not in seen]
        if not options:
            stack.pop()
            continue
        dx, dy = random.choice(options)
        nx, ny = x + dx, y + dy
        grid[2 * y + 1 + dy][2 * x + 1 + dx] = ' '
        grid[2 * ny + 1][2 * nx + 1] = ' '
        seen.add((nx, ny))
        stack.append((nx, ny))
    return grid

def solve(grid):
    start, goal = (1, 1), (len(grid) - 2, len(grid[0]) - 2)
    prev = {start: None}
    frontier = [start]
    while frontier:
        nxt = []
        for r, c in frontier:
            for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
                p = (r + dr, c + dc)
                if grid[p[0]][p[1]] == ' ' and p not in prev:
                    prev[p] = (r, c)
                    nxt.append(p)
        frontier = nxt
    node = goal
    path = []
    while node:
        path.append(node)
        node = prev[node]
    return path

maze = generate(8, 5, 2024)
path = solve(maze)
for r, c in path:
    maze[r][c] = '.'
print('\n'.join(''.join(row) for row in maze))
print('path length', len(path))
