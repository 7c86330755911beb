# counting and grouping with plain dicts
words = 'one two three two three three four four four four'.split()
freq = {}
for w in words:
    if w in freq:
        freq[w] += 1
    else:
        freq[w] = 1
print(freq)
by_count = {}
for w, c in freq.items():
    by_count.setdefault(c, []).append(w)
print(by_count)
by_len = {}
for w in sorted(set(words)):
    by_len[len(w)] = by_len.get(len(w), []) + [w]
print(by_len)
inverted = {}
for k, v in {'a': 1, 'b': 2, 'c': 1}.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
most = max(freq, key=freq.get)
print(most, freq[most])
