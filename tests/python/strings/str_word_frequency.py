# word frequency with plain dicts
text = '''The sun rose. The birds sang; the sun was warm.
Birds fly, and the sun shines!'''
counts = {}
for raw in text.split():
    w = raw.strip('.,;!').lower()
    counts[w] = counts.get(w, 0) + 1
for w in sorted(counts):
    print(w, counts[w])
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)
print(len(counts), sum(counts.values()))
