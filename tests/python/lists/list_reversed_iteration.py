# iterating in reverse
a = ['a', 'b', 'c', 'd']
for x in reversed(a):
    print(x)
for i in range(len(a) - 1, -1, -1):
    print(i, a[i])
print(a[::-1], list(reversed(a)), a)
r = reversed(a)
print(next(r), next(r), list(r))
print(list(reversed([])))
