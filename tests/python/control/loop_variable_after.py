# loop variables persist after loops
for i in range(5):
    pass
print(i)
for ch in 'abc':
    last = ch
print(ch, last)
for k in []:
    pass
try:
    print(k)
except NameError as e:
    print(type(e).__name__, e)
j = 'before'
for j in range(0):
    pass
print(j)
for x, y in [(1, 2), (3, 4)]:
    pass
print(x, y)
n = 0
while n < 3:
    n += 1
print(n)
