# __eq__ returning NotImplemented and reflected comparisons
class Meters:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if isinstance(other, Meters):
            return self.v == other.v
        return NotImplemented
    def __lt__(self, other):
        if isinstance(other, Meters):
            return self.v < other.v
        return NotImplemented
class Feet:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if isinstance(other, Meters):
            print('Feet.__eq__ handles Meters')
            return abs(self.v * 0.3048 - other.v) < 1e-9
        return NotImplemented
print(Meters(1) == Meters(1), Meters(1) == Meters(2), Meters(1) != Meters(2))
print(Meters(1) == 1, 1 == Meters(1), Meters(1) != 'x')
print(Meters(0.3048) == Feet(1))
print(Feet(1) == Meters(0.3048))
m = Meters(5)
print(m == m, Feet(1) == Feet(1))
try:
    Meters(1) < 5
except TypeError as e:
    print(type(e).__name__, e)
print(Meters(1) < Meters(2), Meters(3) > Meters(2))
