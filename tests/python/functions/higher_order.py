# functions taking and returning functions
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1))
print(apply_n(str.upper, 1, 'abc'))
def my_map(f, seq):
    return [f(x) for x in seq]
def my_filter(pred, seq):
    return [x for x in seq if pred(x)]
def my_reduce(f, seq, init):
    acc = init
    for x in seq:
        acc = f(acc, x)
    return acc
nums = list(range(1, 11))
print(my_map(lambda x: x * x, nums))
print(my_filter(lambda x: x % 2, nums))
print(my_reduce(lambda a, b: a * b, nums, 1))
print(my_reduce(lambda a, b: b + a, 'abc', ''))
def pipeline(*fns):
    def run(x):
        for f in fns:
            x = f(x)
        return x
    return run
p = pipeline(str.strip, str.lower, lambda s: s.replace(' ', '_'))
print(p('  Hello World  '))
print(sorted(['bb', 'a', 'ccc'], key=len), max(nums, key=lambda v: -v))
