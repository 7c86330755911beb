# finally blocks in loops with exceptions
def process(items):
    done = []
    for it in items:
        try:
            if it == 'bad':
                raise ValueError('bad item')
            done.append(it.upper())
        finally:
            print('cleanup after', repr(it))
    return done
print(process(['a', 'b']))
try:
    process(['a', 'bad', 'c'])
except ValueError as e:
    print('stopped:', e)
