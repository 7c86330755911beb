# text statistics with Counter
from collections import Counter
text = """Python is a programming language that lets you work quickly
and integrate systems more effectively. Python is powerful, and fast;
plays well with others; runs everywhere; is friendly and easy to learn.
Python is open."""
lines = text.splitlines()
words = [w.strip('.,;').lower() for w in text.split()]
print('lines:', len(lines), 'words:', len(words), 'chars:', len(text))
freq = Counter(words)
print('top words:', freq.most_common(4))
print('unique words:', len(freq))
letter_freq = Counter(c for c in text.lower() if c.isalpha())
print('top letters:', letter_freq.most_common(5))
lengths = Counter(len(w) for w in words)
for length in sorted(lengths):
    print(str(length).rjust(2), '#' * lengths[length])
avg = sum(len(w) for w in words) / len(words)
print('average word length: %.3f' % avg)
longest = max(words, key=len)
print('longest word:', longest)
first_letters = Counter(w[0] for w in words)
print(sorted(first_letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
sentences = [s.strip() for s in text.replace('\n', ' ').split('.') if s.strip()]
print(len(sentences), [len(s.split()) for s in sentences])
