# same seed, same sequence; different seeds differ
import random
def sample_run(seed):
    random.seed(seed)
    return [random.randint(0, 1000) for _ in range(5)]
a = sample_run(7)
b = sample_run(7)
c = sample_run(8)
print(a)
print(c)
print(a == b, a == c)
random.seed(123)
deck = [r + s for s in 'SHDC' for r in 'A23456789TJQK']
random.shuffle(deck)
print(deck[:13])
print(random.choice(deck), random.randrange(1, 7), random.randint(-3, 3))
random.seed(0)
print([round(random.random(), 6) for _ in range(3)])
print(sum(random.randint(1, 6) for _ in range(100)))
