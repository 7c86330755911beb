# removing duplicates while preserving order
def dedupe(items):
    seen = set()
    out = []
    for x in items:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out

print(dedupe([3, 1, 3, 2, 1, 4]))
print(dedupe('mississippi'))
print(dedupe([]))
print(list(dict.fromkeys([5, 5, 4, 4, 3])))
words = 'the cat and the dog and the bird'.split()
print(dedupe(words))
print(sorted(set(words)))
