# string processing with comprehensions
text = 'The Quick Brown Fox Jumps Over The Lazy Dog'
print([w for w in text.split() if len(w) > 3])
print(''.join([c for c in text if c.isupper()]))
print(' '.join(w[::-1] for w in text.split()))
print({w.lower() for w in text.split()} == set(text.lower().split()))
print({c: text.lower().count(c) for c in 'aeiou'})
print([ord(c) - 96 for c in 'hello'])
print(''.join(chr(ord(c) ^ 32) for c in 'SwapCase'))
print([w for w in text.lower().split() if w == w[::-1] or len(w) == 3])
acronym = ''.join(w[0] for w in 'portable network graphics'.split()).upper()
print(acronym)
