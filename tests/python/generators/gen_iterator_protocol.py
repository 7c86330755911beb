# generators implement the iterator protocol
def g():
    yield 'a'
    yield 'b'
it = g()
print(iter(it) is it)
print(next(it))
print(list(it))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
c = Countdown(4)
print(list(c), list(c))
print(sum(c), max(c), 2 in c)
for a, b in zip(c, Countdown(2)):
    print(a, b)
