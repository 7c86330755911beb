# try/except inside loops
values = ['1', '2', 'three', '4', None, '5.5', '6']
total = 0
errors = []
for v in values:
    try:
        total += int(v)
    except ValueError as e:
        errors.append(('ValueError', v))
        continue
    except TypeError as e:
        errors.append(('TypeError', v))
        continue
    finally:
        print('processed', repr(v))
    print('running total', total)
print(total, errors)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError('attempt ' + str(attempts) + ' failed')
        print('succeeded after', attempts)
        break
    except ConnectionError as e:
        print('retry:', e)
