# __getitem__ and __setitem__ of Python classes, inlined into traces: subscripts and stores on instances,
# with guards that fail inside the methods (a key of another type, a class patched mid-loop) and an
# IndexError raised by __getitem__ at the end, whose traceback must name the subscript's line.


class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.cells = [0] * (w * h)

    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("cell %r out of range" % (key,))
        return self.cells[y * self.w + x]

    def __setitem__(self, key, value):
        x, y = key
        self.cells[y * self.w + x] = value


class Row:
    def __init__(self, data):
        self.data = data

    def __getitem__(self, i):
        return self.data[i] * 2

    def __len__(self):
        return len(self.data)


def fill(n):
    g = Grid(8, 8)
    for i in range(n):
        g[i % 8, (i // 8) % 8] = i
        g[(i + 1) % 8, 0] = g[i % 8, (i // 8) % 8] + 1
    return sum(g.cells)


def doubled(n):
    r = Row([1, 2, 3, 4, 5])
    t = 0
    for i in range(n):
        t += r[i % 5]
        if i == n // 2:
            Row.__getitem__ = lambda self, i: self.data[i] * 3
    return t


print(fill(500))
print(doubled(300))


def walk(n):
    g = Grid(4, 4)
    t = 0
    for i in range(n):
        t += g[i % 5, 0]
    return t


walk(40)
