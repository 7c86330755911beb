# assorted builtins: abs, bool, len on user types; min/max on user types
class Temp:
    def __init__(self, c):
        self.c = c
    def __lt__(self, other):
        return self.c < other.c
    def __repr__(self):
        return 'Temp(%s)' % self.c
    def __abs__(self):
        return Temp(abs(self.c))
temps = [Temp(3), Temp(-10), Temp(7)]
print(min(temps), max(temps), sorted(temps), abs(Temp(-4)))
print(max(temps, key=lambda t: abs(t.c)))
print(sum(t.c for t in temps), len(temps))
print(list(map(abs, temps)))
