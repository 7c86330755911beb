# append mode and multiple writes
name = '_tmp_open_append_mode.txt'
with open(name, 'w') as f:
    f.write('start\n')
for i in range(3):
    with open(name, 'a') as f:
        f.write('append %d\n' % i)
with open(name) as f:
    print(f.read(), end='')
with open(name, 'a') as f:
    print('via print', 42, file=f)
    print('second', end='!\n', file=f)
with open(name) as f:
    lines = f.read().splitlines()
print(lines)
print(len(lines))
