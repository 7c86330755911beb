# breaking out of a for loop over a generator, then resuming it
def numbers():
    for i in range(6):
        print('yielding', i)
        yield i
    print('numbers exhausted')
g = numbers()
for n in g:
    if n == 2:
        break
print('after first loop')
for n in g:
    print('resumed with', n)
print('after second loop')
def gen_list():
    yield from [1, 2, 3]
total = 0
for v in gen_list():
    total += v
    if total > 2:
        break
print(total)
