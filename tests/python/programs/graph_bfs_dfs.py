# graph traversal: BFS shortest paths, DFS order, cycle detection, topological sort
from collections import deque
graph = {
    'A': ['B', 'C'],
    'B': ['D', 'E'],
    'C': ['F'],
    'D': [],
    'E': ['F'],
    'F': ['G'],
    'G': [],
    'H': ['A'],
}

def bfs(start):
    dist = {start: 0}
    parent = {start: None}
    q = deque([start])
    order = []
    while q:
        n = q.popleft()
        order.append(n)
        for m in graph[n]:
            if m not in dist:
                dist[m] = dist[n] + 1
                parent[m] = n
                q.append(m)
    return order, dist, parent

def path(parent, target):
    out = []
    while target is not None:
        out.append(target)
        target = parent[target]
    return out[::-1]

def dfs(start, seen=None):
    if seen is None:
        seen = []
    seen.append(start)
    for m in graph[start]:
        if m not in seen:
            dfs(m, seen)
    return seen

def topo_sort(g):
    indeg = {n: 0 for n in g}
    for n in g:
        for m in g[n]:
            indeg[m] += 1
    ready = sorted(n for n in g if indeg[n] == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in g[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    if len(out) != len(g):
        raise ValueError('graph has a cycle')
    return out

order, dist, parent = bfs('A')
print(order)
print(dist)
print(path(parent, 'G'), path(parent, 'E'))
print(dfs('A'), dfs('H'))
print(topo_sort(graph))
cyclic = {'x': ['y'], 'y': ['z'], 'z': ['x']}
try:
    topo_sort(cyclic)
except ValueError as e:
    print('ValueError:', e)
grid = ['S.#.....', '.##.###.', '....#...', '#.#...#E']
def grid_bfs(grid):
    rows, cols = len(grid), len(grid[0])
    start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 'S')
    q = deque([(start, 0)])
    seen = {start}
    while q:
        (r, c), d = q.popleft()
        if grid[r][c] == 'E':
            return d
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != '#' and (nr, nc) not in seen:
                seen.add((nr, nc))
                q.append(((nr, nc), d + 1))
    return -1
print('maze distance', grid_bfs(grid))
