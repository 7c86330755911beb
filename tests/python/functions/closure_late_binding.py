# late binding of closure variables in loops
funcs = []
for i in range(4):
    funcs.append(lambda: i)
print([f() for f in funcs])
i = 'rebound'
print([f() for f in funcs])
bound = []
for j in range(4):
    bound.append(lambda j=j: j)
print([f() for f in bound])
def make(k):
    return lambda: k
made = [make(k) for k in range(4)]
print([f() for f in made])
def outer():
    fs = []
    for n in range(3):
        def inner():
            return n * 10
        fs.append(inner)
    n = 100
    return fs
print([f() for f in outer()])
