# nested lists
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m[1], m[1][2], m[-1][-1])
m[0][0] = 'x'
print(m)
print(len(m), [len(r) for r in m])
flat = []
for row in m:
    for v in row:
        flat.append(v)
print(flat)
t = [[m[r][c] for r in range(3)] for c in range(3)]
print(t)
deep = [1, [2, [3, [4, [5]]]]]
print(deep[1][1][1][1][0])
def depth(x):
    if not isinstance(x, list):
        return 0
    return 1 + max([depth(i) for i in x] + [0])
print(depth(deep), depth([]), depth(5))
def flatten(x):
    out = []
    for i in x:
        if isinstance(i, list):
            out.extend(flatten(i))
        else:
            out.append(i)
    return out
print(flatten(deep), flatten([[[]], [1, [2]], 3]))
