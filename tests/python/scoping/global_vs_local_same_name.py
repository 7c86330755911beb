# same name at different scopes
value = 'G'
def a():
    return value
def b():
    value = 'L'
    return value
def c():
    global value
    value = 'G2'
    return value
def d():
    value = 'E'
    def inner():
        return value
    return inner()
print(a(), b(), a(), c(), a(), d(), value)
def e():
    results = []
    value = 'local e'
    results.append(value)
    def set_enclosing():
        nonlocal value
        value = 'set by inner'
    set_enclosing()
    results.append(value)
    return results
print(e(), value)
