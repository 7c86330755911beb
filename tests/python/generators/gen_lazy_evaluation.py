# generators are lazy: side effects happen on demand
log = []
def source():
    for i in range(5):
        log.append('produce ' + str(i))
        yield i
def mapper(it):
    for x in it:
        log.append('map ' + str(x))
        yield x * 10
g = mapper(source())
print(log)
print(next(g))
print(log)
print(next(g))
print(log)
log.clear()
first_big = next(x for x in mapper(source()) if x > 15)
print(first_big, log)
