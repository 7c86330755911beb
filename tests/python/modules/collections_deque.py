# collections.deque
from collections import deque
d = deque([1, 2, 3])
print(d, len(d))
d.append(4)
d.appendleft(0)
print(d)
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(d[0], d[-1], 7 in d, list(reversed(d)))
m = deque(maxlen=3)
for i in range(6):
    m.append(i)
    print(list(m), m.maxlen)
m.appendleft('L')
print(m)
try:
    deque().pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    deque().popleft()
except IndexError as e:
    print(type(e).__name__, e)
print(deque('abc', maxlen=2), deque(), deque(range(3)) == deque([0, 1, 2]))
d2 = deque([1, 2, 3, 2])
print(d2.count(2), d2.index(3))
d2.remove(2)
d2.clear()
print(d2, bool(d2))
