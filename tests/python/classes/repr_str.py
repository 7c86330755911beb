# __repr__ and __str__
class Both:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'Both(' + repr(self.v) + ')'
    def __str__(self):
        return 'both with ' + str(self.v)
class ReprOnly:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'ReprOnly<' + str(self.v) + '>'
class StrOnly:
    def __str__(self):
        return 'just str'
b = Both('x')
r = ReprOnly(3)
print(b)
print(str(b), repr(b))
print(r, str(r), repr(r))
print([b, r], (b,), {'k': b})
print({r: 1} == {r: 1})
print(StrOnly(), str(StrOnly()))
print('%s | %r' % (b, b))
print('{} | {!r}'.format(b, b))
print(f'{b} | {b!r}')
print([StrOnly()][0].__str__())
