# exceptions propagating through nested calls
def level3(x):
    print('level3 start')
    if x < 0:
        raise ValueError('negative at level3: ' + str(x))
    print('level3 end')
    return x
def level2(x):
    print('level2 start')
    r = level3(x)
    print('level2 end')
    return r
def level1(x):
    try:
        return level2(x)
    finally:
        print('level1 finally')
for v in [1, -1]:
    try:
        print('result', level1(v))
    except ValueError as e:
        print('caught at top:', e)
def catches_in_middle(x):
    try:
        return level3(x)
    except ValueError:
        return 'handled in middle'
print(catches_in_middle(-5))
