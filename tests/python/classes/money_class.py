# a Money class with arithmetic and comparisons in integer cents
class Money:
    def __init__(self, cents):
        self.cents = cents
    @classmethod
    def parse(cls, s):
        whole, _, frac = s.partition('.')
        frac = (frac + '00')[:2]
        sign = -1 if whole.startswith('-') else 1
        return cls(sign * (abs(int(whole)) * 100 + int(frac)))
    def __add__(self, o):
        return Money(self.cents + o.cents)
    def __sub__(self, o):
        return Money(self.cents - o.cents)
    def __mul__(self, k):
        return Money(round(self.cents * k))
    __rmul__ = __mul__
    def __lt__(self, o):
        return self.cents < o.cents
    def __eq__(self, o):
        return isinstance(o, Money) and self.cents == o.cents
    def __hash__(self):
        return hash(self.cents)
    def __str__(self):
        sign = '-' if self.cents < 0 else ''
        c = abs(self.cents)
        return sign + '$' + str(c // 100) + '.' + str(c % 100).zfill(2)
    def __repr__(self):
        return 'Money(' + str(self.cents) + ')'
a = Money.parse('12.5')
b = Money.parse('3.99')
print(a, b, a + b, a - b, b - a, a * 3, 2 * b, b * 0.5)
print(repr(a), a == Money(1250), a < b, sorted([a, b, Money(0)]))
print(len({Money(5), Money(5), Money(6)}))
print(str(Money.parse('-0.05')), Money.parse('7'))
