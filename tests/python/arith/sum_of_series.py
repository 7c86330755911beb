# numeric series
harm = 0.0
for k in range(1, 21):
    harm += 1 / k
print(harm)
total = 0
for k in range(1, 101):
    total += k * k
print(total, 100 * 101 * 201 // 6)
fact = 1
e = 1.0
for k in range(1, 18):
    fact *= k
    e += 1 / fact
print(e)
pi = 0.0
for k in range(10000):
    pi += (-1) ** k * 4 / (2 * k + 1)
print(round(pi, 3))
print(sum(range(1, 1001)), sum(x ** 3 for x in range(1, 11)))
print(sum(1 / 2 ** i for i in range(60)))
