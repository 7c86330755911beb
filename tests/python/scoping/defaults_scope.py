# default values are evaluated in the defining scope at definition time
n = 1
def f(a=n):
    return a
n = 2
print(f(), n)
def outer():
    local = 'from outer'
    def inner(v=local):
        return v
    local = 'changed'
    return inner()
print(outer())
class K:
    base = 5
    def method(self, v=base):
        return v
print(K().method())
fs = []
for i in range(3):
    def capture(i=i):
        return i
    fs.append(capture)
print([fn() for fn in fs])
