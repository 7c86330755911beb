# an LRU cache implemented with OrderedDict, plus hit/miss statistics
from collections import OrderedDict

class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = 0
        self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            self.hits += 1
            self.data.move_to_end(key)
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print('  evict', evicted)

    def __repr__(self):
        return 'LRU(%s)' % list(self.data.items())

cache = LRU(3)
for op in ['put a 1', 'put b 2', 'put c 3', 'get a', 'put d 4', 'get b', 'get c', 'put e 5', 'get a', 'get d', 'put c 33', 'get c']:
    parts = op.split()
    if parts[0] == 'put':
        cache.put(parts[1], int(parts[2]))
        print(op, '->', cache)
    else:
        print(op, '->', cache.get(parts[1], 'MISS'))
print('hits', cache.hits, 'misses', cache.misses)

def cached(capacity):
    def deco(fn):
        store = LRU(capacity)
        def wrapper(n):
            r = store.get(n)
            if r is None:
                r = fn(n)
                store.put(n, r)
            return r
        return wrapper
    return deco

@cached(2)
def slow_square(n):
    print('  computing', n)
    return n * n
print([slow_square(x) for x in [2, 3, 2, 4, 3, 2]])
