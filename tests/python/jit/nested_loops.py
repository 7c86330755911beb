# Nested loops, break, continue and while-else: the inner loop is compiled
# first, and its exits resume the outer loop in the interpreter.
def primes(n):
    out = []
    for c in range(2, n):
        for d in range(2, c):
            if d * d > c:
                out.append(c)
                break
            if c % d == 0:
                break
        else:
            out.append(c)
    return out


p = primes(3000)
print(len(p), p[:10], p[-3:])


def matrix(n):
    m = [[0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            if (i + j) % 4 == 0:
                continue
            m[i][j] = i * j
    return sum(sum(r) for r in m)


print(matrix(60))

i = 0
found = None
while i < 5000:
    i += 1
    if i * i > 4000000:
        found = i
        break
else:
    found = -1
print(found)
