# building an adjacency list with setdefault
edges = [('a', 'b'), ('a', 'c'), ('b', 'c'), ('c', 'a'), ('d', 'a'), ('b', 'd')]
graph = {}
for u, v in edges:
    graph.setdefault(u, []).append(v)
    graph.setdefault(v, [])
print(graph)
indeg = {n: 0 for n in graph}
for u in graph:
    for v in graph[u]:
        indeg[v] += 1
print(indeg)
outdeg = {n: len(vs) for n, vs in graph.items()}
print(outdeg)
rev = {}
for u, vs in graph.items():
    for v in vs:
        rev.setdefault(v, []).append(u)
print(rev)
