# *args
def total(*nums):
    print(type(nums).__name__, nums)
    return sum(nums)
print(total())
print(total(1))
print(total(1, 2, 3))
def first_and_rest(first, *rest):
    return first, rest
print(first_and_rest(1), first_and_rest(1, 2, 3))
def join_all(sep, *parts):
    return sep.join(parts)
print(join_all(', ', 'a', 'b', 'c'))
nums = [4, 5, 6]
print(total(*nums))
print(total(*nums, 7, *range(2)))
print(first_and_rest(*'xyz'))
def maximum(first, *others):
    best = first
    for o in others:
        if o > best:
            best = o
    return best
print(maximum(3), maximum(3, 9, 2), maximum(*[5, 1, 8, 2]))
