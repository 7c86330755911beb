# if / elif / else chains
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'
for n in [-5, 0, 3, 10, 99, 100, 12345]:
    print(n, classify(n))
x = 7
if x > 5:
    print('gt5')
if x > 10:
    print('gt10')
else:
    print('not gt10')
if x % 2:
    if x % 7 == 0:
        print('odd multiple of 7')
    else:
        print('odd')
if []:
    print('empty list truthy?')
elif {}:
    print('empty dict truthy?')
elif 'x':
    print('non-empty string truthy')
