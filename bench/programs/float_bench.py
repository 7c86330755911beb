# Float: the classic "float" benchmark.  Creates many Point objects from
# sin/cos of their index, normalizes each one and reduces them with an
# element-wise maximum.  Measures object allocation, attribute access, calls
# into math and float arithmetic.
#
# sin/cos results may differ in the last bit between math libraries, so the
# printed results are rounded (to 1e-9) before printing.
#
# Size argument: number of points per round (10 rounds).  Default 300000.
import sys
import math

ROUNDS = 10


class Point:
    def __init__(self, i):
        x = math.sin(i)
        self.x = x
        self.y = math.cos(i) * 3.0
        self.z = (x * x) / 2.0

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = math.sqrt(x * x + y * y + z * z)
        self.x = x / norm
        self.y = y / norm
        self.z = z / norm

    def maximize(self, other):
        if other.x > self.x:
            self.x = other.x
        if other.y > self.y:
            self.y = other.y
        if other.z > self.z:
            self.z = other.z
        return self

    def key(self):
        return (round(self.x * 1e9), round(self.y * 1e9), round(self.z * 1e9))


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return best


def one_round(n, offset):
    points = [None] * n
    for i in range(n):
        points[i] = Point(i + offset)
    for p in points:
        p.normalize()
    acc = 0.0
    for p in points:
        acc += p.x - p.y + p.z
    return maximize(points), acc


def main():
    n = 300000
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    check = 0
    last = None
    for r in range(ROUNDS):
        best, acc = one_round(n, r * 7)
        last = best.key()
        check = (check * 31 + last[0] + last[1] + last[2] + round(acc * 1e6)) % 1000000007
    print("max point", last[0], last[1], last[2])
    print("checksum", check)


main()
