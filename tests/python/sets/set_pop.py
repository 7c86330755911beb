# pop from sets of small ints and emptying
s = {5, 3, 8}
popped = []
while s:
    popped.append(s.pop())
print(sorted(popped), s)
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)
t = set(range(10))
total = 0
for _ in range(10):
    total += t.pop()
print(total, t)
