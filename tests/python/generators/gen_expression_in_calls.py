# generator expressions as sole call arguments
words = ['alpha', 'beta', 'gamma', 'delta']
print(sum(len(w) for w in words))
print(max(w[::-1] for w in words))
print(list(w.upper() for w in words if 'l' in w))
print(sorted((len(w), w) for w in words))
print(' '.join(w[0] for w in words))
print(set(len(w) for w in words) == {4, 5})
print(any(w.startswith('g') for w in words), all(len(w) > 3 for w in words))
print(sum(1 for w in words if w.endswith('a')))
total = sum(i * i for i in range(10) if i % 2)
print(total)
