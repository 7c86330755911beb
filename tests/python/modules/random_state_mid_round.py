# random.getstate() and setstate() between the words of a round of the Mersenne twister (pyjit regenerates
# the words one at a time as they are drawn; the state must still be CPython's, all regenerated).
import random


def digest(state):
    words = state[1]
    return len(words), words[-1], sum(words[:-1]) % 1000003, words[0], words[623]


random.seed(42)
print("seeded", digest(random.getstate()))
first = [random.random() for _ in range(100)]
mid = random.getstate()
print("mid-round", digest(mid))
after = [random.random() for _ in range(700)]
print("crossed a round", digest(random.getstate()))
random.setstate(mid)
again = [random.random() for _ in range(700)]
print("replayed", again == after, round(sum(again), 9))

random.seed(7)
bits = [random.getrandbits(32) for _ in range(623)]
print("one word left", digest(random.getstate()), bits[-1])
print("next", random.getrandbits(32), digest(random.getstate()))
print("next round", random.getrandbits(32), digest(random.getstate()))

r = random.Random(5)
total = 0.0
for i in range(3000):
    total += r.random()
    if i == 1500:
        saved = r.getstate()
print("instance", round(total, 9), digest(saved))
r.setstate(saved)
print("instance replay", r.random())
