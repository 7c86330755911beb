# global declarations
counter = 0
def bump():
    global counter
    counter += 1
    return counter
print(bump(), bump(), counter)
def set_new():
    global brand_new
    brand_new = 'created inside function'
set_new()
print(brand_new)
x = 'global x'
def shadow():
    x = 'local x'
    return x
def read_global():
    return x
print(shadow(), read_global(), x)
def reset():
    global counter, x
    counter = 0
    x = 'reset'
reset()
print(counter, x)
