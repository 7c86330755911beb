# algorithms using sets
def primes_upto(n):
    composite = set()
    primes = []
    for i in range(2, n + 1):
        if i not in composite:
            primes.append(i)
            for j in range(i * i, n + 1, i):
                composite.add(j)
    return primes
print(primes_upto(60))
def has_pair_with_sum(nums, target):
    seen = set()
    for n in nums:
        if target - n in seen:
            return (target - n, n)
        seen.add(n)
    return None
print(has_pair_with_sum([8, 3, 5, 1, 9], 10), has_pair_with_sum([1, 2], 10))
def first_repeat(s):
    seen = set()
    for ch in s:
        if ch in seen:
            return ch
        seen.add(ch)
print(first_repeat('abcdeca'), first_repeat('xyz'))
print(len(set(i * j % 7 for i in range(7) for j in range(7))))
