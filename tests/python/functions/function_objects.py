# functions are first-class objects
def add(a, b):
    return a + b
def sub(a, b):
    return a - b
table = {'add': add, 'sub': sub}
print(table['add'](2, 3), table['sub'](2, 3))
funcs = [add, sub, max, min]
print([f(7, 4) for f in funcs])
alias = add
print(alias is add, alias(1, 1), callable(alias), callable(3))
def apply(f, *args):
    return f(*args)
print(apply(add, 1, 2), apply(len, 'xyz'), apply(lambda: 'nullary'))
print(add == add, add != sub)
def outer():
    return outer
print(outer() is outer, outer()()() is outer)
print(sorted([sub, add], key=lambda f: f.__name__)[0].__name__)
