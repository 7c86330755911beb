# unicode strings: len, index, slice, methods
s = 'naïve café 中文 😀 ünï'
print(len(s))
print(s[2], s[8], s[11], s[14], s[-1])
print(s[:5], s[11:13], s[14:15], s[::-1])
print(s.upper())
print(s.split())
print(s.find('中'), s.find('😀'), s.index('ü'))
print(s.replace('中文', 'zh'))
print([len(w) for w in s.split()])
print('ü' in s, '中文' in s, 'x' in s)
e = '😀😃😄'
print(len(e), e[1], e[::-1], e * 2)
print(sorted(set('déjà vu')) == sorted({'d', 'é', 'j', 'à', ' ', 'v', 'u'}))
print('Ⅻ'.isnumeric(), '中'.isalpha(), '😀'.isalpha())
print('{:^7}|'.format('中文'))
