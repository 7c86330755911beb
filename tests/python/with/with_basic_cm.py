# class-based context manager basics
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return 'value from ' + self.name
    def __exit__(self, exc_type, exc_value, traceback):
        print('exit', self.name, exc_type is None)
with CM('first') as v:
    print('inside with', v)
with CM('no-as'):
    print('inside without as')
print('after')
def f():
    with CM('in function'):
        return 'returned from with'
print(f())
for i in range(2):
    with CM('loop ' + str(i)):
        if i == 0:
            continue
        print('body', i)
