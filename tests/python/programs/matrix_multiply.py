# matrix operations: multiply, power, determinant, identity checks
def mat_mul(a, b):
    if len(a[0]) != len(b):
        raise ValueError('shape mismatch: %dx%d * %dx%d' % (len(a), len(a[0]), len(b), len(b[0])))
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]

def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]

def mat_pow(m, p):
    result = identity(len(m))
    while p:
        if p & 1:
            result = mat_mul(result, m)
        m = mat_mul(m, m)
        p >>= 1
    return result

def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total

def show(m):
    w = max(len(str(v)) for row in m for v in row)
    for row in m:
        print(' '.join(str(v).rjust(w) for v in row))

A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(mat_mul(A, B))
show(mat_mul(B, A))
fib = mat_pow([[1, 1], [1, 0]], 90)
print(fib[0][1])
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det([[1, 2], [2, 4]]), det(identity(4)))
print(mat_mul(identity(3), B) == B)
try:
    mat_mul(A, A)
except ValueError as e:
    print('ValueError:', e)
