# __exit__ runs on return, break and continue
class Note:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print('exit', self.tag)
def early(n):
    with Note('func'):
        if n > 0:
            return 'positive'
        print('not positive')
    return 'fallthrough'
print(early(1))
print(early(0))
for i in range(5):
    with Note('loop %d' % i):
        if i == 1:
            continue
        if i == 3:
            break
        print('body', i)
print('done')
