# a resource pool managed with context managers
class Pool:
    def __init__(self, size):
        self.free = list(range(size))
        self.used = []
    def acquire(self):
        pool = self
        class Lease:
            def __enter__(self):
                if not pool.free:
                    raise RuntimeError('pool exhausted')
                self.res = pool.free.pop(0)
                pool.used.append(self.res)
                return self.res
            def __exit__(self, *exc):
                pool.used.remove(self.res)
                pool.free.append(self.res)
                return False
        return Lease()
p = Pool(2)
with p.acquire() as r1:
    print('got', r1, p.free, p.used)
    with p.acquire() as r2:
        print('got', r2, p.free, p.used)
        try:
            with p.acquire() as r3:
                print('never')
        except RuntimeError as e:
            print('error:', e)
    print('after inner', p.free, p.used)
print('all released', p.free, p.used)
