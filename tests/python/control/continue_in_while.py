# continue inside while loops with else
i = 0
skipped = []
while i < 10:
    i += 1
    if i % 3 == 0:
        skipped.append(i)
        continue
    if i == 8:
        continue
    print('i =', i)
else:
    print('while else reached, skipped', skipped)
j = 5
while j > 0:
    j -= 1
    try:
        if j == 2:
            continue
        print('j =', j)
    finally:
        print('finally for', j)
