# LEGB: local, enclosing, global, builtin
x = 'global'
def outer():
    x = 'enclosing'
    def inner():
        x = 'local'
        return x
    def inner2():
        return x
    return inner(), inner2()
print(outer())
def uses_global():
    return x
print(uses_global())
def uses_builtin():
    return len('four')
print(uses_builtin())
def shadows_builtin():
    len = lambda s: 'shadowed'
    return len('four')
print(shadows_builtin(), len('four'))
def three_levels():
    a = 1
    def l2():
        b = 2
        def l3():
            c = 3
            return a + b + c
        return l3()
    return l2()
print(three_levels())
