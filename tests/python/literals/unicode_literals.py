# unicode in string literals
s = 'héllo wörld'
print(s, len(s))
print(s.upper())
c = '中文字符'
print(c, len(c), c[0], c[-1], c[1:3])
e = 'smile 😀!'
print(e, len(e), e[6], repr(e[6]))
print('\u00e9' == 'é')
print(ord('é'), ord('中'), ord('😀'))
print(chr(233), chr(20013), chr(128512))
print(repr('ü'))
print('é'.encode('utf-8'))
print('中'.encode('utf-8'), len('中'.encode('utf-8')))
print('😀'.encode('utf-8'))
print(list('aé中'))
print('Ünïcödé'.lower())
print(sorted('中a文é'))
