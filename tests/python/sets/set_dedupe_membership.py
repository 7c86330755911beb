# sets for fast membership and dedupe
words = 'to be or not to be that is the question'.split()
unique = set(words)
print(len(words), len(unique))
print(sorted(unique))
stop = {'to', 'be', 'or', 'is', 'the'}
print([w for w in words if w not in stop])
seen = set()
dups = []
for w in words:
    if w in seen:
        dups.append(w)
    seen.add(w)
print(dups)
primes = {2, 3, 5, 7, 11, 13}
print([n for n in range(15) if n in primes])
