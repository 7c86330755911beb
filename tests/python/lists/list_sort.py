# list.sort with key and reverse
a = [5, 2, 9, 1, 5, 6]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ['banana', 'pie', 'Washington', 'book', 'a']
words.sort()
print(words)
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
words.sort(key=lambda w: w.lower())
print(words)
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]
pairs.sort()
print(pairs)
pairs.sort(key=lambda p: p[1])
print(pairs)
print(a.sort())
mixed = [3, 1.5, True, -2]
mixed.sort()
print(mixed)
try:
    [1, 'a'].sort()
except TypeError as e:
    print(type(e).__name__, e)
