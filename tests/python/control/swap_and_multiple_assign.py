# swapping and multiple assignment
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = 'xyz'
x, y, z = z, x, y
print(x, y, z)
lst = [10, 20, 30]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
i = 0
i, lst[i] = 1, 99
print(i, lst)
a = b = c = 0
a += 1
print(a, b, c)
p = q = []
p.append('shared')
print(p, q, p is q)
m, n = 5, 6
m, n = n, m
print(m, n)
fib = [0, 1]
a, b = 0, 1
for _ in range(8):
    a, b = b, a + b
print(a, b)
