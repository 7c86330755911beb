# A guard inside a call through a module (math.sqrt of a negative float) fails after the loop is compiled:
# the interpreter re-executes the call from the guard's snapshot and raises CPython's error.
import math


def total_of_roots(xs):
    t = 0.0
    for x in xs:
        t += math.sqrt(x)
    return t


xs = [float(i) for i in range(3000)]
print(round(total_of_roots(xs), 6))
try:
    print(total_of_roots(xs + [-1.0]))
except ValueError as e:
    print("ValueError:", e)
