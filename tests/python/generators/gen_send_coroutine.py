# coroutine-style generators with send
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
a = averager()
next(a)
for v in [10, 20, 30, 5]:
    print(a.send(v))
def grep(pattern):
    print('looking for', pattern)
    matches = []
    while True:
        line = yield matches
        if pattern in line:
            matches = matches + [line]
g = grep('py')
next(g)
for line in ['python rocks', 'java', 'pypy fast', 'ruby']:
    print(g.send(line))
