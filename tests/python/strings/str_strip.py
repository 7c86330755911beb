# strip family
s = '   hello world \t\n'
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr('xxhixx'.strip('x')), repr('xxhixx'.lstrip('x')), repr('xxhixx'.rstrip('x')))
print(repr('abcHELLOcba'.strip('abc')))
print(repr('www.example.com'.strip('cmowz.')))
print(repr(''.strip()), repr('   '.strip()))
print(repr('..a..b..'.strip('.')))
print(repr('\n\ttext\n'.strip('\n')))
print(repr('hello'.strip('')))
print(repr('  both  '.strip(None)))
print(repr('123abc321'.rstrip('0123456789')))
