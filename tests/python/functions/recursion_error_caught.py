# catching RecursionError from runaway recursion
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
def deep(n):
    if n == 0:
        return 0
    return 1 + deep(n - 1)
try:
    deep(100000)
except RecursionError as e:
    print('caught:', e)
print(deep(500))
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(1)
except RecursionError as e:
    print('mutual:', e)
print(isinstance(RecursionError(), RuntimeError))
print('still running')
