# generator expression scope and late evaluation
x = 'outer'
g = (x for x in range(3))
print(list(g), x)
n = 2
lazy = (i * n for i in range(3))
n = 10
print(list(lazy))
items = [1, 2, 3]
g2 = (i for i in items)
items = [7, 8, 9]
print(list(g2))
def make():
    k = 5
    return (k + i for i in range(3))
print(list(make()))
class C:
    vals = [1, 2, 3]
    doubled = list(v * 2 for v in vals)
print(C.doubled)
