# error inside a generator expression consumed by sum()
words = ['one', 'two', None, 'four']
total = sum(len(w) for w in words)
print(total)
