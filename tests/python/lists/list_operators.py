# list operators: + * += *= comparison in
a = [1, 2]
b = [3]
print(a + b, a * 3, 3 * b, a * 0, [] * 5)
c = a
c += [9]
print(a, c, a is c)
d = a
d = d + [10]
print(a, d, a is d)
e = [0]
e *= 3
print(e)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 3], [2] > [1, 100], [1, 2] == [1, 2], [1] != [1.0])
print(2 in a, 5 in a, 5 not in a, [1] in [[1], [2]])
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
f = [1]
f += 'ab'
print(f)
try:
    f = f + 'cd'
except TypeError as e:
    print(type(e).__name__, e)
