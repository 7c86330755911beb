# itertools: accumulate with func and initial
from itertools import accumulate
import operator
print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=0)), list(accumulate([])))
print(list(accumulate('abc')))
print(list(accumulate([5, 3, 8], lambda a, b: a - b)))
print(list(accumulate(range(1, 6), lambda a, b: a * 10 + b, initial=0)))
