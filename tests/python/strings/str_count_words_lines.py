# wc-like counting
text = 'Roses are red,\nViolets are blue,\n\nSugar is sweet,\nAnd so are you.\n'
lines = text.splitlines()
words = text.split()
print(len(lines), len(words), len(text))
print([len(l) for l in lines])
print(max(words, key=len), min(words, key=len))
print(sorted(set(w.strip(',.').lower() for w in words)))
longest = ''
for l in lines:
    if len(l) > len(longest):
        longest = l
print(repr(longest))
print(text.count('are'), text.lower().count('s'))
