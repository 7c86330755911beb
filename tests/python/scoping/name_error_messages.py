# NameError messages
def use_undefined():
    return undefined_variable_xyz
try:
    use_undefined()
except NameError as e:
    print(type(e).__name__ + ':', e)
try:
    print(Undefined)
except NameError as e:
    print(type(e).__name__ + ':', e)
def later():
    return defined_after
defined_after = 'ok now'
print(later())
try:
    [nope for _ in range(1)]
except NameError as e:
    print(type(e).__name__ + ':', e)
try:
    (lambda: missing_in_lambda)()
except NameError as e:
    print(type(e).__name__ + ':', e)
