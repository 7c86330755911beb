# UnboundLocalError cases
count = 10
def bad_increment():
    count += 1
    return count
try:
    bad_increment()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def use_before_assign():
    print(value)
    value = 1
try:
    use_before_assign()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def conditional(flag):
    if flag:
        result = 'set'
    return result
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(isinstance(UnboundLocalError('x'), NameError))
