# expandtabs
s = 'a\tbc\tdef\tg'
print(repr(s.expandtabs()))
print(repr(s.expandtabs(4)))
print(repr(s.expandtabs(2)))
print(repr(s.expandtabs(1)))
print(repr(s.expandtabs(0)))
print(repr('\t'.expandtabs(3)))
print(repr('12345678\tx'.expandtabs()))
print(repr('ab\ncd\tx'.expandtabs(4)))
print(len('x\ty'.expandtabs(10)))
