# rotating and shifting lists with slices
def rotate(lst, k):
    if not lst:
        return lst
    k %= len(lst)
    return lst[-k:] + lst[:-k]

a = [1, 2, 3, 4, 5]
for k in [0, 1, 2, 5, 7, -1, -6]:
    print(k, rotate(a, k))
print(rotate([], 3))
b = a[:]
b.append(b.pop(0))
print(b)
b.insert(0, b.pop())
print(b)
