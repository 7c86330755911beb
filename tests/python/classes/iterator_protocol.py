# __iter__ and __next__
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIter(self.start)
class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c))
for x in c:
    print('x', x)
it = iter(c)
print(next(it), next(it), next(it), next(it, 'done'))
print(sum(Countdown(100)), max(Countdown(5)), sorted(Countdown(4)))
class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        r = self.a
        self.a, self.b = self.b, self.a + self.b
        return r
f = Fib(50)
print(list(f), list(f))
print(list(zip(Countdown(3), 'abc')))
