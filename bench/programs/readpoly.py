# Reading binary records: triangles stored as 6 little-endian doubles
# (x0, y0, x1, y1, x2, y2) packed with struct.pack into one bytes object
# (built at start from a seeded random generator), then read back
#   (a) with a bare loop of struct.unpack_from over the record offsets, and
#   (b) through Triangle / Point wrapper objects whose @property accessors
#       unpack single fields lazily from the buffer with struct.unpack_from.
# The total area is computed both ways (same operations in the same order,
# so the two totals must be identical).  Measures struct, bytes, properties,
# small object allocation and float arithmetic.
#
# Only random.seed(int) and random.random() are used.
#
# Size argument: number of triangles.  Default 200000.
import sys
import struct
import random

RECORD_SIZE = 48
PASSES = 4


def build(count):
    parts = []
    for _ in range(count):
        coords = []
        for _ in range(6):
            coords.append(random.random() * 200.0 - 100.0)
        parts.append(struct.pack("<6d", *coords))
    return b"".join(parts)


def area(x0, y0, x1, y1, x2, y2):
    cross = (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0)
    if cross < 0:
        cross = -cross
    return cross * 0.5


def total_area_plain(buf):
    total = 0.0
    biggest = 0.0
    for off in range(0, len(buf), RECORD_SIZE):
        x0, y0, x1, y1, x2, y2 = struct.unpack_from("<6d", buf, off)
        a = area(x0, y0, x1, y1, x2, y2)
        total += a
        if a > biggest:
            biggest = a
    return total, biggest


class Point:
    def __init__(self, buf, offset):
        self.buf = buf
        self.offset = offset

    @property
    def x(self):
        return struct.unpack_from("<d", self.buf, self.offset)[0]

    @property
    def y(self):
        return struct.unpack_from("<d", self.buf, self.offset + 8)[0]

    def __sub__(self, other):
        return (self.x - other.x, self.y - other.y)


class Triangle:
    def __init__(self, buf, index):
        self.buf = buf
        self.offset = index * RECORD_SIZE

    def point(self, k):
        return Point(self.buf, self.offset + 16 * k)

    @property
    def a(self):
        return self.point(0)

    @property
    def b(self):
        return self.point(1)

    @property
    def c(self):
        return self.point(2)

    def area(self):
        p0 = self.a
        p1 = self.b
        p2 = self.c
        return area(p0.x, p0.y, p1.x, p1.y, p2.x, p2.y)


class TriangleFile:
    def __init__(self, buf):
        self.buf = buf

    def __len__(self):
        return len(self.buf) // RECORD_SIZE

    def __getitem__(self, index):
        if index < 0 or index >= len(self):
            raise IndexError(index)
        return Triangle(self.buf, index)


def total_area_objects(buf):
    total = 0.0
    biggest = 0.0
    triangles = TriangleFile(buf)
    for i in range(len(triangles)):
        a = triangles[i].area()
        total += a
        if a > biggest:
            biggest = a
    return total, biggest


def edge_checksum(buf, step):
    # exercises Point.__sub__ on a sample of triangles
    check = 0.0
    triangles = TriangleFile(buf)
    for i in range(0, len(triangles), step):
        t = triangles[i]
        dx, dy = t.b - t.a
        check += dx * 0.5 - dy * 0.25
    return check


def main():
    count = 200000
    if len(sys.argv) > 1:
        count = int(sys.argv[1])
    random.seed(2024)
    buf = build(count)
    print("bytes", len(buf), "records", len(buf) // RECORD_SIZE)
    plain = None
    objs = None
    for _ in range(PASSES):
        plain = total_area_plain(buf)
        objs = total_area_objects(buf)
    print("plain area", plain[0], "max", plain[1])
    print("object area", objs[0], "max", objs[1])
    print("agree", plain == objs)
    edges = edge_checksum(buf, 7)
    print("edges", edges)
    print("checksum", int(plain[0]) % 1000000007, int(edges * 1000))


main()
