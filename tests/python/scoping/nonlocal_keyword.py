# nonlocal in nested functions
def outer():
    count = 0
    log = []
    def bump():
        nonlocal count
        count += 1
        log.append(count)
    for _ in range(3):
        bump()
    return count, log
print(outer())
def grandparent():
    v = 'gp'
    def parent():
        def child():
            nonlocal v
            v = 'changed by child'
        child()
        return v
    r = parent()
    return r, v
print(grandparent())
def shadowing():
    x = 'outer'
    def mid():
        x = 'mid'
        def inner():
            nonlocal x
            x = 'inner set mid'
        inner()
        return x
    return mid(), x
print(shadowing())
