# str.count
s = 'banana bandana'
print(s.count('a'), s.count('an'), s.count('ana'), s.count('x'))
print(s.count('a', 7), s.count('a', 0, 6), s.count('a', -4))
print(s.count(''), len(s) + 1)
print('aaaa'.count('aa'))
print(''.count(''), ''.count('a'))
text = 'the quick brown fox jumps over the lazy dog'
for ch in 'aeiou':
    print(ch, text.count(ch))
print(text.count('the'), text.count(' '))
