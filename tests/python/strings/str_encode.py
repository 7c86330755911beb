# str.encode and round trips
for s in ['hello', 'café', '中文', '😀', '', 'a\nb']:
    b = s.encode()
    print(repr(s), b, len(s), len(b), b.decode() == s)
print('abc'.encode('utf-8'), 'abc'.encode('ascii'))
print('é'.encode('latin-1'))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__)
print(list('hé'.encode('utf-8')))
