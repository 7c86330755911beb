# raw strings
r1 = r'C:\new\table'
print(r1)
print(repr(r1))
print(len(r1))
r2 = r"\d+\.\d*"
print(r2, len(r2))
print(R'\n' == '\\n')
print(r'\'' , len(r'\''))
print(r'a\tb'.split('\\'))
print(repr(r'\x41'))
rb = rb'\x00'
print(rb, len(rb))
print(br'\n', len(br'\n'))
