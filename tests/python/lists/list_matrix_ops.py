# matrix operations on lists of lists
A = [[1, 2], [3, 4], [5, 6]]
B = [[7, 8, 9], [10, 11, 12]]
def matmul(X, Y):
    return [[sum(X[i][k] * Y[k][j] for k in range(len(Y))) for j in range(len(Y[0]))] for i in range(len(X))]
def transpose(X):
    return [list(r) for r in zip(*X)]
print(matmul(A, B))
print(matmul(B, A))
print(transpose(A))
I = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(I)
print(matmul(matmul(A, B), I) == matmul(A, B))
print([[x * 2 for x in row] for row in A])
print([sum(r) for r in A], [sum(c) for c in zip(*A)])
