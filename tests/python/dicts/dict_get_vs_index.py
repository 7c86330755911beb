# get vs [] vs in
d = {'present': 0, 'none': None}
for key in ['present', 'none', 'absent']:
    print(key, key in d, d.get(key), d.get(key, 'dflt'))
    try:
        print('  []', d[key])
    except KeyError as e:
        print('  KeyError', e)
if d.get('present'):
    print('truthy')
else:
    print('falsy but present' if 'present' in d else 'absent')
