# counting vowels and consonants, simple transforms
def stats(s):
    v = sum(1 for c in s.lower() if c in 'aeiou')
    c = sum(1 for ch in s.lower() if ch.isalpha() and ch not in 'aeiou')
    return v, c

for s in ['Hello World', 'Python', 'AEIOU', 'rhythm', '', '123']:
    print(repr(s), stats(s))

def pig_latin(word):
    if word[0] in 'aeiou':
        return word + 'way'
    for i, ch in enumerate(word):
        if ch in 'aeiou':
            return word[i:] + word[:i] + 'ay'
    return word + 'ay'
print([pig_latin(w) for w in 'string apple glove rhythm'.split()])
