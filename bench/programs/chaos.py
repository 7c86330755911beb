# Chaos: a "chaos game" whose maps are built from cubic B-splines.  A point
# in the unit square is repeatedly mapped by one of several spline-based
# transformations chosen at random (weighted by the spline lengths): two
# mixtures of the point's coordinates select a position along the spline
# (evaluated with de Boor's algorithm) and an offset along its normal.  Hits
# are counted on a grid, which is checksummed.  Measures operator overloading
# on a small vector class, list-heavy numeric code and method calls.
# Only +, -, *, / and math.sqrt are used on floats; randomness comes only
# from random.seed(int) and random.random().
#
# Size argument: number of iterations of the game.  Default 250000.
import sys
import math
import random

GRID = 64
THICKNESS = 0.25


class GVector:
    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return GVector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return GVector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return GVector(self.x * k, self.y * k, self.z * k)

    def mag(self):
        return math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)

    def dist(self, other):
        return (self - other).mag()

    def linear_combination(self, other, l1, l2):
        return GVector(self.x * l1 + other.x * l2,
                       self.y * l1 + other.y * l2,
                       self.z * l1 + other.z * l2)

    def __repr__(self):
        return "<%r, %r, %r>" % (self.x, self.y, self.z)


class Spline:
    """A clamped uniform B-spline of the given degree."""

    def __init__(self, points, degree=3):
        self.points = points
        self.degree = degree
        n = len(points)
        if n <= degree:
            raise ValueError("too few control points")
        inner = list(range(1, n - degree))
        self.knots = [0] * (degree + 1) + inner + [n - degree] * (degree + 1)

    @property
    def domain(self):
        return (self.knots[self.degree], self.knots[len(self.points)])

    def span(self, u):
        lo, hi = self.domain
        if u >= hi:
            return len(self.points) - 1
        k = self.degree
        while self.knots[k + 1] <= u:
            k += 1
        return k

    def __call__(self, u):
        p = self.degree
        k = self.span(u)
        knots = self.knots
        d = [self.points[j + k - p] for j in range(p + 1)]
        for r in range(1, p + 1):
            for j in range(p, r - 1, -1):
                left = knots[j + k - p]
                alpha = (u - left) / (knots[j + 1 + k - r] - left)
                d[j] = d[j - 1].linear_combination(d[j], 1.0 - alpha, alpha)
        return d[p]

    def length(self, steps=64):
        lo, hi = self.domain
        prev = self(lo)
        total = 0.0
        for i in range(1, steps + 1):
            cur = self(lo + (hi - lo) * i / steps)
            total += prev.dist(cur)
            prev = cur
        return total


class ChaosGame:
    def __init__(self, splines):
        self.splines = splines
        lengths = [s.length() for s in splines]
        total = 0.0
        for v in lengths:
            total += v
        acc = 0.0
        self.cumulative = []
        for v in lengths:
            acc += v / total
            self.cumulative.append(acc)
        self.cumulative[-1] = 1.0
        minx = miny = 1e300
        maxx = maxy = -1e300
        for s in splines:
            for pt in s.points:
                minx = min(minx, pt.x)
                maxx = max(maxx, pt.x)
                miny = min(miny, pt.y)
                maxy = max(maxy, pt.y)
        pad = THICKNESS
        self.minx = minx - pad
        self.miny = miny - pad
        self.width = maxx - minx + 2 * pad
        self.height = maxy - miny + 2 * pad

    def choose(self):
        r = random.random()
        for i, c in enumerate(self.cumulative):
            if r < c:
                return i
        return len(self.cumulative) - 1

    def transform(self, point, index):
        spline = self.splines[index]
        lo, hi = spline.domain
        # position along the spline and offset across it, both in [0, 1)
        along = (point.x + 0.6180339887 * point.y) % 1.0
        across = (2.0 * point.y + point.x) % 1.0
        u = lo + (hi - lo) * along
        eps = 1e-4 * (hi - lo)
        if u + eps > hi:
            a = spline(u - eps)
            b = spline(u)
        else:
            a = spline(u)
            b = spline(u + eps)
        tangent = b - a
        m = tangent.mag()
        if m == 0.0:
            normal = GVector(0.0, 1.0, 0.0)
        else:
            normal = GVector(-tangent.y / m, tangent.x / m, 0.0)
        base = spline(u)
        moved = base + normal * ((across - 0.5) * THICKNESS)
        # back into the unit square
        return GVector((moved.x - self.minx) / self.width,
                       (moved.y - self.miny) / self.height, 0.0)

    def run(self, iterations):
        grid = [[0] * GRID for _ in range(GRID)]
        point = GVector(0.5, 0.5, 0.0)
        for _ in range(iterations):
            point = self.transform(point, self.choose())
            gx = int(point.x * GRID)
            gy = int(point.y * GRID)
            if 0 <= gx < GRID and 0 <= gy < GRID:
                grid[gy][gx] += 1
        return grid, point


def make_splines():
    shapes = [
        [(1.0, 1.0), (1.5, 4.0), (2.5, 6.0), (4.0, 6.5), (5.5, 6.0), (6.5, 4.5), (7.0, 2.0)],
        [(2.0, 0.5), (3.0, 2.5), (3.5, 3.0), (4.5, 2.0), (5.0, 1.0), (6.0, 1.5), (6.2, 3.0)],
        [(0.5, 5.5), (1.0, 7.5), (2.5, 8.0), (3.0, 7.0), (3.6, 4.0), (2.0, 3.0), (1.2, 3.4)],
    ]
    return [Spline([GVector(x, y, 0.0) for x, y in pts]) for pts in shapes]


def main():
    iterations = 250000
    if len(sys.argv) > 1:
        iterations = int(sys.argv[1])
    random.seed(1234)
    game = ChaosGame(make_splines())
    grid, last = game.run(iterations)
    hits = 0
    filled = 0
    check = 0
    for row in grid:
        for cell in row:
            hits += cell
            if cell:
                filled += 1
            check = (check * 131 + cell) % 1000000007
    print("hits", hits, "filled cells", filled)
    print("last point", last)
    print("checksum", check)


main()
