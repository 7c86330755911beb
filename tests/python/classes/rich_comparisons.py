# rich comparison methods and sorting by them
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
        self.s = s
    def __repr__(self):
        return 'V' + self.s
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __gt__(self, other):
        return self.parts > other.parts
    def __ge__(self, other):
        return self.parts >= other.parts
vs = [Version(s) for s in ['1.10.0', '1.2.3', '1.2.10', '0.9', '1.2.3']]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(max(vs), min(vs))
a, b = Version('1.2'), Version('1.10')
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(Version('2.0') == Version('2.0'), Version('2.0') != Version('2.0'))
print(vs.index(Version('1.2.3')), vs.count(Version('1.2.3')), Version('0.9') in vs)
