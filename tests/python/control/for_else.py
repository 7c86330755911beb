# for loops with else
for i in range(3):
    print('iter', i)
else:
    print('else after', i)
for i in range(10):
    if i == 4:
        print('break at', i)
        break
else:
    print('not printed')
for x in []:
    print('never')
else:
    print('empty loop else')
def contains(seq, target):
    for item in seq:
        if item == target:
            result = 'found'
            break
    else:
        result = 'missing'
    return result
print(contains([1, 2, 3], 2), contains([1, 2, 3], 7))
for i in range(3):
    for j in range(3):
        if i * j == 2:
            print('inner break', i, j)
            break
    else:
        print('inner completed', i)
