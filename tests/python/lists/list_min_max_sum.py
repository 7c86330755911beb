# min, max, sum on lists
a = [3, -1, 4, 1, -5, 9, 2, 6]
print(min(a), max(a), sum(a), len(a))
print(min(a, key=abs), max(a, key=abs))
print(sum(a) / len(a))
words = ['pear', 'fig', 'banana', 'kiwi']
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(max([1, 2.5, 2]), min([True, 2, -0.5]))
print(sum([0.1] * 3), sum([[1], [2, 3]], []))
print(max([[1, 2], [1, 3], [0, 9]]))
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    min([])
except ValueError as e:
    print(type(e).__name__, e)
print(max([], default='none'), min([], default=0))
