# Rebinding a global in the middle of a compiled loop: the trace assumed the
# old value, its guard fails, and the new binding is used from then on.
SCALE = 2


def step(i):
    return i * SCALE


def run(n):
    global SCALE
    acc = 0
    for i in range(n):
        if i == n // 2:
            SCALE = 5
        acc += step(i)
    return acc


print(run(3000))
print(SCALE)


def uses_builtin(n):
    s = 0
    for i in range(n):
        s += abs(i - 50)
    return s


print(uses_builtin(2000))
import builtins
builtins.abs = lambda v: 7
print(uses_builtin(2000))
