# fibonacci numbers grow into big ints
a, b = 0, 1
for i in range(101):
    if i % 10 == 0 or i in (91, 92, 93):
        print(i, a)
    a, b = b, a + b
print(len(str(a)))
x, y = 0, 1
for i in range(500):
    x, y = y, x + y
print(x % 1000000007, x // 10 ** 100)
