# Monkey-patching a method and changing a class attribute while a loop that
# calls them is compiled.
class Counter:
    step = 1

    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += self.step
        return self.n


c = Counter()
for i in range(3000):
    c.bump()
    if i == 1000:
        Counter.step = 3
    if i == 2000:
        Counter.bump = lambda self: setattr(self, "n", self.n - 1) or self.n
print(c.n)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


pts = [Point(i, i + 1) for i in range(2000)]
s = 0
for j, p in enumerate(pts):
    if j == 1500:
        p.extra = 1
        Point.x = property(lambda self: 100)
    s += p.x + p.y
print(s)
