# keyword arguments
def describe(name, age, city='unknown'):
    return name + ' (' + str(age) + ') from ' + city
print(describe('Ann', 30))
print(describe(age=25, name='Bob'))
print(describe('Cid', city='Oslo', age=40))
def rect(width, height):
    return width * height
print(rect(height=3, width=4))
def log(msg, *, level='INFO', sep=': '):
    return level + sep + msg
print(log('started'))
print(log('oops', level='ERROR'))
print(log('x', sep=' - ', level='DEBUG'))
try:
    log('bad', 'WARN')
except TypeError as e:
    print(type(e).__name__, e)
