# imports inside functions are local names
def use_math():
    import math
    return math.sqrt(81)
print(use_math())
try:
    math
except NameError as e:
    print(type(e).__name__, e)
def use_helper():
    from mod_counter_state import add, reset
    reset()
    return add(3), add(4)
print(use_helper())
import mod_counter_state
print(mod_counter_state.total)
