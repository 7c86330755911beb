# str() falls back to __repr__; format uses __str__ via format()
class OnlyRepr:
    def __repr__(self):
        return '<OnlyRepr>'
class OnlyStr:
    def __str__(self):
        return 'OnlyStr!'
    def __repr__(self):
        return 'OnlyStr()'
o = OnlyRepr()
s = OnlyStr()
print(str(o), repr(o), o)
print(str(s), repr(s), s)
print([o, s])
print('{}'.format(o), '{}'.format(s), f'{s!r}')
print('%s %s' % (o, s))
print(str([s]), str((s,)), str({1: s}))
