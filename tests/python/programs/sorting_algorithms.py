# several sorting algorithms compared against sorted()
import random

def bubble(a):
    a = a[:]
    for i in range(len(a)):
        swapped = False
        for j in range(len(a) - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a

def insertion(a):
    a = a[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a

def merge_sort(a):
    if len(a) <= 1:
        return a[:]
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    return out + left[i:] + right[j:]

def quick_sort(a):
    if len(a) <= 1:
        return a[:]
    pivot = a[len(a) // 2]
    return quick_sort([x for x in a if x < pivot]) + [x for x in a if x == pivot] + quick_sort([x for x in a if x > pivot])

def heap_sort(a):
    a = a[:]
    n = len(a)
    def sift(i, size):
        while True:
            big = i
            for c in (2 * i + 1, 2 * i + 2):
                if c < size and a[c] > a[big]:
                    big = c
            if big == i:
                return
            a[i], a[big] = a[big], a[i]
            i = big
    for i in range(n // 2 - 1, -1, -1):
        sift(i, n)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end)
    return a

random.seed(7)
data = [random.randint(-50, 50) for _ in range(40)]
print(data)
expected = sorted(data)
for fn in [bubble, insertion, merge_sort, quick_sort, heap_sort]:
    result = fn(data)
    print(fn.__name__.ljust(10), result == expected, result[:8])
print(merge_sort(['pear', 'apple', 'fig']), quick_sort([]), heap_sort([1]))
