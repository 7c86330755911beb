# Loops whose bodies change no dict and no class read the class versions, globals and module attributes
# once per entry (the preamble's reads are reused). A bridge that does change one must restart the trace,
# so that the next iteration reads again: every loop here changes state on a rare path only.
import math


class Counter:
    step = 1

    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += self.step


def class_attribute_changed_by_a_rare_path(n):
    c = Counter()
    seen = []
    for i in range(n):
        c.bump()
        if i % 97 == 96:
            Counter.step += 1
            seen.append(c.n)
    Counter.step = 1
    return c.n, seen[:4], seen[-2:]


LIMIT = 10


def global_rebound_by_a_rare_path(n):
    global LIMIT
    hits = 0
    for i in range(n):
        if i % LIMIT == 0:
            hits += 1
        if i % 250 == 249:
            LIMIT = LIMIT + 3
    LIMIT = 10
    return hits


def method_replaced_by_a_rare_path(n):
    original = Counter.bump
    c = Counter()
    for i in range(n):
        c.bump()
        if i == n // 2:
            Counter.bump = lambda self: setattr(self, "n", self.n + 100)
    Counter.bump = original
    return c.n


def module_attribute_changed_on_one_side_of_a_branch(n):
    total = 0.0
    for i in range(n):
        if i % 50 == 49:
            math.tau = math.tau + 1.0
        else:
            total += 1.0
        total += math.tau
    math.tau = 2 * math.pi
    return round(total, 6)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def float_attributes_with_a_class_change(n):
    pts = [Point(float(i), float(-i)) for i in range(20)]
    acc = 0.0
    for k in range(n):
        for p in pts:
            p.x = p.x * 0.5 + p.y
            acc += math.sqrt(p.x * p.x + 1.0)
        if k % 40 == 39:
            Point.tag = k
    return round(acc, 6), Point.tag


def is_bumped(c):
    return c.n % 2 == 0


def bump_both_ways(c):
    # The stored function is replaced midway: called through a global.
    c.bump()
    return c.n


def global_function_replaced_by_a_rare_path(n):
    global bump_both_ways
    c = Counter()
    evens = 0
    for i in range(n):
        if is_bumped(c):
            evens += 1
        bump_both_ways(c)
        if i == 700:
            old = bump_both_ways
            bump_both_ways = lambda c: old(c) + old(c)
    return c.n, evens


SCALE = 2.0


class Weight:
    factor = 3

    def __init__(self, x):
        self.x = x


def pure_body_global_rebound_by_a_bridge(n):
    # The body reads SCALE (a float global) and writes nothing global: its read is the preamble's, and the
    # bridge that rebinds SCALE must restart the trace.
    global SCALE
    ws = [Weight(float(i)) for i in range(8)]
    acc = 0.0
    for i in range(n):
        w = ws[i % 8]
        acc += w.x * SCALE
        if i % 100 == 99:
            SCALE = SCALE + 1.0
    SCALE = 2.0
    return acc


def pure_body_class_attribute_changed_by_a_bridge(n):
    ws = [Weight(i) for i in range(8)]
    acc = 0
    for i in range(n):
        w = ws[i % 8]
        acc += w.x * w.factor
        if i % 150 == 149:
            Weight.factor = Weight.factor + 1
    Weight.factor = 3
    return acc


def pure_body_class_attribute_changed_often(n):
    # Its exit fails often enough to get a bridge at the default thresholds.
    ws = [Weight(i) for i in range(8)]
    acc = 0
    for i in range(n):
        w = ws[i % 8]
        acc += w.x * w.factor
        if i % 10 == 9:
            Weight.factor = Weight.factor + 1
    Weight.factor = 3
    return acc


def pure_body_global_rebound_often(n):
    ws = [Weight(float(i)) for i in range(8)]
    acc = 0.0
    for i in range(n):
        w = ws[i % 8]
        acc += w.x * SCALE
        if i % 10 == 9:
            rescale()
    rescale(2.0)
    return acc


def rescale(to=None):
    global SCALE
    SCALE = SCALE + 1.0 if to is None else to


def pure_body_module_attribute_changed_by_a_merging_bridge(n):
    acc = 0.0
    for i in range(n):
        if i % 64 == 63:
            math.e = math.e + 1.0
        acc += math.e
    math.e = math.exp(1.0)
    return round(acc, 6)


for size in (30, 3000):
    print(pure_body_global_rebound_by_a_bridge(size))
    print(pure_body_class_attribute_changed_by_a_bridge(size))
    print(pure_body_module_attribute_changed_by_a_merging_bridge(size))
    print(class_attribute_changed_by_a_rare_path(size))
    print(global_rebound_by_a_rare_path(size))
    print(method_replaced_by_a_rare_path(size))
    print(module_attribute_changed_on_one_side_of_a_branch(size))
    print(float_attributes_with_a_class_change(size // 10 + 40))
print(global_function_replaced_by_a_rare_path(2000))
print(pure_body_class_attribute_changed_often(6000))
print(pure_body_global_rebound_often(6000))
