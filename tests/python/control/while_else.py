# while loops with else and break
n = 0
while n < 5:
    n += 1
else:
    print('finished normally, n =', n)
n = 0
while n < 5:
    n += 1
    if n == 3:
        print('breaking at', n)
        break
else:
    print('not printed')
def find_factor(m):
    d = 2
    while d * d <= m:
        if m % d == 0:
            print(m, 'has factor', d)
            break
        d += 1
    else:
        print(m, 'is prime')
for m in [2, 9, 17, 91, 97]:
    find_factor(m)
while False:
    print('never')
else:
    print('else runs even when the loop body never runs')
