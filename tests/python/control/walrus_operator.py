# assignment expressions in while and if
data = [3, 1, 4, 1, 5, 9, 2, 6]
i = 0
while (n := len(data) - i) > 5:
    print('remaining', n)
    i += 1
if (m := max(data)) > 5:
    print('max is big', m)
print(m)
stack = [1, 2, 3]
while (top := stack.pop() if stack else None) is not None:
    print('popped', top)
words = ['apple', 'kiwi', 'banana']
for w in words:
    if (L := len(w)) > 4:
        print(w, L)
print(L)
line_src = iter(['a', 'b', ''])
while (line := next(line_src)):
    print('line', line)
