# builtins consuming generators
def nums():
    for n in [3, 1, 4, 1, 5, 9, 2, 6]:
        yield n
print(list(nums()), tuple(nums()), sum(nums()), min(nums()), max(nums()))
print(sorted(nums()), sorted(nums(), reverse=True))
print(any(n > 8 for n in nums()), all(n > 0 for n in nums()))
print(list(enumerate(nums(), 1))[:3])
print(list(zip(nums(), 'abc')))
print(list(map(lambda n: n * 10, nums())))
print(list(filter(lambda n: n % 2, nums())))
print(dict(zip('xyz', nums())))
print(len(list(nums())), ''.join(str(n) for n in nums()))
print(max(nums(), key=lambda n: -n), min((n for n in []), default='empty'))
print(sum(n for n in nums() if n > 3), sum((n for n in nums()), 100))
