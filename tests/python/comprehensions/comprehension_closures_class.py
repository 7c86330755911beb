# comprehensions inside classes and functions capturing variables
class Config:
    base = 10
    names = ['a', 'b', 'c']
    upper = [n.upper() for n in names]
    def scaled(self, factor):
        return [self.base * factor * i for i in range(3)]
print(Config.upper, Config().scaled(2))
def outer(n):
    offset = n * 100
    return [offset + i for i in range(3)]
print(outer(2))
def make_filters(limits):
    return [lambda x, lim=lim: x < lim for lim in limits]
fs = make_filters([3, 6])
print([[f(v) for v in range(8)] for f in fs])
def nested_capture():
    k = 2
    return [[k * i + j for j in range(2)] for i in range(3)]
print(nested_capture())
