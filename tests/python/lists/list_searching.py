# searching lists: linear and binary search
def linear(lst, target):
    for i, v in enumerate(lst):
        if v == target:
            return i
    return -1

def binary(lst, target):
    lo, hi = 0, len(lst) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if lst[mid] == target:
            return mid, steps
        elif lst[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

data = list(range(0, 100, 3))
for t in [0, 3, 51, 99, 100, -1, 50]:
    print(t, linear(data, t), binary(data, t))
