# methods return new strings; chaining
s = '  Hello, World  '
t = s.strip().lower().replace(',', '').split()
print(t, repr(s))
print('-'.join(w.capitalize() for w in 'the quick brown fox'.split()))
u = 'abc'
v = u.upper()
print(u, v, u is not v)
words = 'One,Two,,Three'.lower().split(',')
print([w for w in words if w])
print(' x '.strip().center(5, '*').replace('*', '#'))
print('a-b-c'.replace('-', ' ').title().split())
