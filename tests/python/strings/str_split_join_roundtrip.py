# split/join round trips
samples = ['a,b,c', ',a,,b,', '', ',', 'single']
for s in samples:
    parts = s.split(',')
    back = ','.join(parts)
    print(repr(s), parts, len(parts), back == s)
line = '  multiple   spaces here  '
print(' '.join(line.split()))
csv = 'name,age\nann,30\nbob,25'
rows = [r.split(',') for r in csv.split('\n')]
print(rows)
print('\n'.join('|'.join(r) for r in rows))
