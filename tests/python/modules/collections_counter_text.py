# text statistics with Counter and defaultdict
from collections import Counter, defaultdict
text = '''It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness'''
words = [w.strip(',').lower() for w in text.split()]
wc = Counter(words)
print(wc.most_common(5))
print(len(words), len(wc))
letters = Counter(c for c in text.lower() if c.isalpha())
print(letters.most_common(3))
by_len = defaultdict(list)
for w in sorted(wc):
    by_len[len(w)].append(w)
print(dict(sorted(by_len.items())))
print(Counter(len(w) for w in words).most_common())
c = Counter()
for w in words:
    c[w[0]] += 1
print(sorted(c.items()))
