# moderately deep recursion that stays within the default limit
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
def sum_list(lst):
    if not lst:
        return 0
    return lst[0] + sum_list(lst[1:])
print(sum_list(list(range(500))))
def binsearch(lst, t, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if lst[mid] == t:
        return mid
    if lst[mid] < t:
        return binsearch(lst, t, mid + 1, hi)
    return binsearch(lst, t, lo, mid - 1)
data = list(range(0, 1000, 2))
print(binsearch(data, 500, 0, len(data) - 1), binsearch(data, 501, 0, len(data) - 1))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(2 ** 50, 6 ** 20), gcd(17, 5))
