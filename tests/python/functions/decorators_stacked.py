# stacked decorators apply bottom-up
def bold(f):
    def w(*a):
        return '<b>' + f(*a) + '</b>'
    return w
def italic(f):
    def w(*a):
        return '<i>' + f(*a) + '</i>'
    return w
@bold
@italic
def text(s):
    return s
print(text('hi'))
@italic
@bold
def text2(s):
    return s
print(text2('hi'))
order = []
def mark(name):
    def deco(f):
        order.append('decorating with ' + name)
        def w(*a):
            order.append('enter ' + name)
            r = f(*a)
            order.append('exit ' + name)
            return r
        return w
    return deco
@mark('outer')
@mark('inner')
def work():
    order.append('work')
    return 'done'
print(work())
for line in order:
    print(line)
