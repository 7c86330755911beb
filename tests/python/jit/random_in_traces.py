# random.random() is drawn in traces from the module's generator: the sequence must be CPython's for a
# seed, whether the draws happen in the interpreter or in compiled code, also when random.random is rebound
# or a Random instance draws from its own generator.
import random

random.seed(12345)


def draws(n):
    total = 0.0
    picks = []
    for i in range(n):
        r = random.random()
        total += r
        if i % 700 == 0:
            picks.append(r)
    return total, picks


print(draws(5000))
own = random.Random(7)


def mixed(n):
    total = 0.0
    for i in range(n):
        total += random.random() - own.random() + random.randint(1, 3) * random.random()
    return round(total, 9)


print(mixed(3000))
print(random.random(), own.random())

saved = random.random
random.random = lambda: 0.5
print(draws(3000)[0])
random.random = saved
random.seed(99)
print(draws(3000)[0], [random.random() for _ in range(3)])
