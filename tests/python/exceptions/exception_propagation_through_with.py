# exceptions passing through with-blocks and finally
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('open', self.name)
        return self
    def __exit__(self, et, ev, tb):
        print('close', self.name, 'error' if et else 'clean')
        return False
def work(fail):
    with Resource('outer'):
        with Resource('inner'):
            if fail:
                raise IOError('disk failure')
            return 'done'
print(work(False))
try:
    work(True)
except OSError as e:
    print(type(e).__name__, e)
print(IOError is OSError)
