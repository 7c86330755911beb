# Spectral norm of the infinite matrix A with a(i, j) = 1 / ((i+j)(i+j+1)/2
# + i + 1), truncated to N x N, by 10 steps of the power method on A^T A.
# Measures nested loops, function calls and float arithmetic over lists.
#
# Size argument: N.  Default 600.
import sys
import math


def eval_a(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times_a(u):
    n = len(u)
    result = []
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += eval_a(i, j) * u[j]
        result.append(acc)
    return result


def times_at(u):
    n = len(u)
    result = []
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += eval_a(j, i) * u[j]
        result.append(acc)
    return result


def times_ata(u):
    return times_at(times_a(u))


def dot(a, b):
    acc = 0.0
    for i in range(len(a)):
        acc += a[i] * b[i]
    return acc


def main():
    n = 600
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_ata(u)
        u = times_ata(v)
    vbv = dot(u, v)
    vv = dot(v, v)
    result = math.sqrt(vbv / vv)
    print("spectral norm", result)
    print("checksum", int(result * 1e9))


main()
