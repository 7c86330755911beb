# builtins are ordinary objects that can be passed around
funcs = [len, str, abs, sorted, type, repr]
arg = [3, -1, 2]
for f in funcs:
    r = f(arg) if f is not abs else f(arg[1])
    print(f.__name__, r if f is not type else r.__name__)
converters = {'int': int, 'float': float, 'str': str, 'bool': bool}
for name, conv in converters.items():
    print(name, repr(conv('1')))
print(list(map(str, [1, 2])), list(map(type, [1, 'a'])) == [int, str])
apply = lambda f, *a: f(*a)
print(apply(max, 3, 9, 2), apply(divmod, 17, 5), apply(pow, 2, 10))
