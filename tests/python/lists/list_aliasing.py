# aliasing and identity
a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a is b, a == b)
c = a[:]
c.append(5)
print(a, c, a is c)
def mutate(lst):
    lst.append('mutated')
def rebind(lst):
    lst = ['new']
    return lst
mutate(a)
print(a)
print(rebind(a), a)
x = [[]] * 3
x[0].append(1)
print(x, x[0] is x[1])
y = [[] for _ in range(3)]
y[0].append(1)
print(y, y[0] is y[1])
row = [0, 0]
grid = [row, row]
grid[0][1] = 7
print(grid)
a2 = b2 = []
a2.append('shared')
print(a2, b2)
