# default values are evaluated once at definition time
log = []
def make_default(tag):
    log.append('evaluated ' + tag)
    return tag
def f(x=make_default('f-default')):
    return x
print(log)
print(f(), f(), f('given'))
print(log)
def g(items=[], n=len(log)):
    items.append(n)
    return items
print(g(), g(), g([]))
for i in range(3):
    def h(v=i):
        return v
    print(h())
