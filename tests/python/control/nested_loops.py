# nested loops
for i in range(1, 4):
    line = ''
    for j in range(1, 4):
        line += str(i * j).rjust(3)
    print(line)
for i in range(4):
    print(' ' * (3 - i) + '*' * (2 * i + 1))
count = 0
for a in range(1, 20):
    for b in range(a, 20):
        for c in range(b, 20):
            if a * a + b * b == c * c:
                print('triple', a, b, c)
                count += 1
print(count)
pairs = []
i = 0
while i < 3:
    j = 0
    while j < i:
        pairs.append((i, j))
        j += 1
    i += 1
print(pairs)
