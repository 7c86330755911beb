# parsing with error recovery
lines = ['x=1', 'y = 2', 'bad line', 'z=abc', '=5', 'w=7']
parsed = {}
problems = []
for n, line in enumerate(lines, 1):
    try:
        if '=' not in line:
            raise SyntaxError('missing = on line ' + str(n))
        key, val = line.split('=', 1)
        key = key.strip()
        if not key:
            raise KeyError('empty key on line ' + str(n))
        parsed[key] = int(val)
    except SyntaxError as e:
        problems.append('syntax: ' + str(e))
    except KeyError as e:
        problems.append('key: ' + str(e))
    except ValueError as e:
        problems.append('value: ' + str(e))
print(parsed)
for p in problems:
    print(p)
