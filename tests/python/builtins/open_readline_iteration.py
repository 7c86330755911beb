# readline, readlines and iterating over a file
name = '_tmp_open_readline_iteration.txt'
with open(name, 'w') as f:
    for i in range(1, 5):
        f.write('line %d\n' % i)
    f.write('last line without newline')
with open(name) as f:
    print(repr(f.readline()))
    print(repr(f.readline()))
    rest = f.readlines()
    print(rest)
    print(repr(f.readline()))
with open(name) as f:
    for lineno, line in enumerate(f, 1):
        print(lineno, repr(line.rstrip('\n')))
with open(name) as f:
    lines = [l.strip() for l in f]
print(lines)
with open(name) as f:
    print(sum(1 for _ in f))
with open(name) as f:
    print(list(f)[-2:])
