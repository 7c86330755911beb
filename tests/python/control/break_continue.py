# break and continue
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print('odd', i)
total = 0
i = 0
while True:
    i += 1
    if i % 3 == 0:
        continue
    total += i
    if i >= 10:
        break
print('total', total, 'i', i)
found = None
for row in range(5):
    for col in range(5):
        if row * col == 6:
            found = (row, col)
            break
    if found:
        break
print('found', found)
words = ['alpha', '', 'beta', None, 'gamma']
for w in words:
    if not w:
        continue
    print(w.upper())
