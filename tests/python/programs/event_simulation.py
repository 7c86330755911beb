# a seeded discrete-event simulation of a checkout queue
import random
from collections import deque

random.seed(12345)
customers = []
t = 0
for cid in range(1, 13):
    t += random.randint(1, 6)
    customers.append((t, cid, random.randint(2, 8)))
print(customers)
queue = deque()
clock = 0
busy_until = 0
served = []
events = sorted(customers)
idx = 0
waits = []
while idx < len(events) or queue:
    next_arrival = events[idx][0] if idx < len(events) else None
    if queue and (next_arrival is None or busy_until <= next_arrival):
        arrival, cid, service = queue.popleft()
        start = max(busy_until, arrival)
        busy_until = start + service
        waits.append(start - arrival)
        served.append((cid, start, busy_until))
    else:
        queue.append(events[idx])
        idx += 1
for cid, start, end in served:
    print('customer %2d served %3d-%3d' % (cid, start, end))
print('average wait %.2f, max wait %d, total time %d' % (sum(waits) / len(waits), max(waits), busy_until))
