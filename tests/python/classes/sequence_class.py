# a sequence-like class supporting len, indexing, iteration, reversed, in
class Range2:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError('Range2 index out of range')
        return i * i
r = Range2(5)
print(len(r), r[0], r[4], r[-1], r[-5])
print(list(r), list(reversed(r)), 9 in r, 10 in r)
try:
    r[5]
except IndexError as e:
    print(type(e).__name__, e)
print(sorted(r, reverse=True), sum(r), max(r))
a, b, c, d, e = r
print(a, b, c, d, e)
print([x for x in r if x % 2 == 0])
