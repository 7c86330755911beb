# len and iteration over strings
s = 'Hello, 世界!'
print(len(s))
for i, ch in enumerate(s):
    print(i, ch, ord(ch))
chars = list(s)
print(chars)
print(len(''), len(' '), len('\n\n'))
it = iter('ab')
print(next(it), next(it), next(it, 'done'))
print([c.upper() for c in 'abc'])
print(tuple('xyz'), set('aab') == {'a', 'b'})
