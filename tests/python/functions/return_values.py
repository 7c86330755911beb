# various return patterns
def none_implicit():
    x = 1
def none_explicit():
    return None
def bare():
    return
def multiple():
    return 1, 'two', [3]
def early(n):
    if n:
        return 'truthy'
    return 'falsy'
def returns_function():
    return len
def in_loop():
    for i in range(10):
        if i == 3:
            return i
print(none_implicit(), none_explicit(), bare())
print(multiple(), type(multiple()).__name__)
a, b, c = multiple()
print(a, b, c)
print(early(1), early(0))
print(returns_function()('abcd'))
print(in_loop())
def gen_list(n):
    return [i for i in range(n)]
print(gen_list(4), gen_list(0))
