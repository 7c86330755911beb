# user functions shadowing builtin names
def len(x):
    return 'my len of ' + repr(x)
print(len([1, 2]))
del len
print(len([1, 2]))
def max(*args):
    return 'custom max'
print(max(1, 2))
del max
print(max(3, 4))
list = [1, 2, 3]
print(list)
del list
print(list('ab'))
