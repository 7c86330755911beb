# global declarations in nested contexts
g = 0
def inc():
    global g
    g += 1
def outer():
    def inner():
        global g
        g += 100
    inner()
    return g
inc()
inc()
print(g)
print(outer(), g)
def make_global():
    global created_later
    created_later = [1, 2]
make_global()
created_later.append(3)
print(created_later)
def read_only():
    return g * 2
print(read_only())
def local_same_name():
    g = 'local'
    return g
print(local_same_name(), g)
