# functions returning tuples
def divmod_manual(a, b):
    return a // b, a % b

def stats(nums):
    n = len(nums)
    mean = sum(nums) / n
    var = sum((x - mean) ** 2 for x in nums) / n
    return n, mean, var

print(divmod_manual(17, 5))
q, r = divmod_manual(-17, 5)
print(q, r)
n, mean, var = stats([2, 4, 4, 4, 5, 5, 7, 9])
print(n, mean, var)
res = stats([1, 2, 3])
print(res, res[1])
def nothing():
    return
print(nothing())
def one():
    return 1,
print(one())
