# Globals and module attributes a compiled loop takes as constants: each change
# (from the loop, from an inlined or a residual call, by binding and deleting
# a global that shadows a builtin) must be seen at once.
import math

SCALE = 3


def scaled(i):
    return i * SCALE


def set_scale(v):
    global SCALE
    SCALE = v


def deep(n, v):
    # Recursive: called, not inlined, so the change comes from a residual call.
    if n == 0:
        set_scale(v)
        return 0
    return deep(n - 1, v)


def run_inlined(n):
    t = 0
    for i in range(n):
        if i == n // 3:
            set_scale(5)
        t += scaled(i) % 1000
    return t


def run_residual(n):
    t = 0
    for i in range(n):
        if i == n // 2:
            deep(3, 7)
        t += scaled(i) % 1000
    return t


def shadow_abs():
    global abs
    abs = lambda v: 100


def unshadow_abs():
    global abs
    del abs


def run_shadowed_builtin(n):
    t = 0
    for i in range(n):
        if i == n // 4:
            shadow_abs()
        if i == n // 2:
            unshadow_abs()
        t += abs(i - 10)
    return t


COUNTER = 0


def bump():
    global COUNTER
    COUNTER += 1


def run_counter(n):
    # A global rebound at every iteration: it stops being taken as a constant.
    t = 0
    for i in range(n):
        bump()
        t += COUNTER % 7
    return t


def run_module_attribute(n):
    t = 0.0
    for i in range(n):
        if i == n // 2:
            math.pi = 3.0
        t += math.pi
    return round(t, 6)


def add_extra():
    global EXTRA
    EXTRA = 1


def delete_extra():
    global EXTRA
    del EXTRA


def run_new_global(n):
    # A global that appears (and is deleted) while the loop runs.
    t = 0
    for i in range(n):
        if i == n // 2:
            add_extra()
        try:
            t += EXTRA
        except NameError:
            t += 2
        if i == n - 5:
            delete_extra()
    return t


print(run_inlined(3000), SCALE)
print(run_residual(3000), SCALE)
print(run_shadowed_builtin(3000))
print(run_counter(3000), COUNTER)
print(run_module_attribute(3000))
print(run_new_global(3000))
for k in range(12):
    SCALE = k
    print(k, run_inlined(200), SCALE)
