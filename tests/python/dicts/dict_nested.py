# nested dicts
db = {
    'users': {
        'ann': {'age': 31, 'tags': ['admin', 'dev']},
        'bob': {'age': 25, 'tags': []},
    },
    'version': 2,
}
print(db['users']['ann']['tags'][1])
db['users']['bob']['tags'].append('new')
db['users']['cid'] = {'age': 40, 'tags': ['ops']}
for name, info in db['users'].items():
    print(name, info['age'], info['tags'])
print(len(db), len(db['users']))
ages = {n: u['age'] for n, u in db['users'].items()}
print(ages)
print(db)
def deep_get(d, path, default=None):
    for p in path:
        if not isinstance(d, dict) or p not in d:
            return default
        d = d[p]
    return d
print(deep_get(db, ['users', 'ann', 'age']), deep_get(db, ['users', 'zed', 'age'], 'n/a'))
