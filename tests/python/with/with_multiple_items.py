# several context managers in one with statement
class CM:
    def __init__(self, name, log):
        self.name = name
        self.log = log
    def __enter__(self):
        self.log.append('enter ' + self.name)
        return self.name
    def __exit__(self, t, v, tb):
        self.log.append('exit ' + self.name)
        return False
log = []
with CM('a', log) as a, CM('b', log) as b, CM('c', log) as c:
    log.append('body ' + a + b + c)
for line in log:
    print(line)
log.clear()
try:
    with CM('x', log), CM('y', log):
        raise ValueError('fail in body')
except ValueError as e:
    log.append('caught ' + str(e))
print(log)
