# filtering and mapping with helper functions (no walrus)
def score(w):
    return sum(ord(c) - 96 for c in w.lower() if c.isalpha())
words = ['abc', 'zz', 'Hello', 'a', 'python']
scored = [(w, score(w)) for w in words]
print(scored)
print([w for w, s in scored if s > 20])
print(sorted(words, key=score))
print({w: s for w, s in scored if s % 2 == 0})
print(max(scored, key=lambda p: p[1]))
