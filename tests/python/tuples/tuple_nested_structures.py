# nested tuples as records
points = ((0, 0), (3, 4), (-1, 2), (5, -5))
def dist2(p):
    return p[0] ** 2 + p[1] ** 2
for p in points:
    print(p, dist2(p))
print(max(points, key=dist2), min(points, key=dist2))
tree = (1, (2, (4, None, None), None), (3, None, (5, None, None)))
def walk(node, depth=0):
    if node is None:
        return
    val, left, right = node
    print('  ' * depth + str(val))
    walk(left, depth + 1)
    walk(right, depth + 1)
walk(tree)
def total(node):
    return 0 if node is None else node[0] + total(node[1]) + total(node[2])
print(total(tree))
