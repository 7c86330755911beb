# comparisons and chained comparisons
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1)
print(1 < 2 > 0, 1 < 2 == 2, 5 > 3 != 3)
x = 5
print(0 < x < 10, 0 < x < 5, x == 5 != 6)
def val(v, tag):
    print('eval', tag)
    return v
print(val(1, 'a') < val(2, 'b') < val(3, 'c'))
print(val(3, 'a') < val(2, 'b') < val(1, 'c'))
print(1 < 2.5, 2.5 < 3, 3 == 3.0, 2 ** 64 > 1.5e19, 2 ** 64 < 1.9e19)
print(True < 2, False < True, -1 < False)
print('abc' < 'abd', 'a' < 'B', 'Z' < 'a', '' < 'a')
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2))
print(float('nan') < 1 < 2)
print(10 ** 30 > 1e29, 10 ** 30 == 1e30)
