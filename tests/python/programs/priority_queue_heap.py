# binary min-heap priority queue implemented by hand, used for task scheduling
class MinHeap:
    def __init__(self):
        self.items = []
        self.counter = 0

    def push(self, priority, value):
        self.items.append((priority, self.counter, value))
        self.counter += 1
        i = len(self.items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.items[i] < self.items[parent]:
                self.items[i], self.items[parent] = self.items[parent], self.items[i]
                i = parent
            else:
                break

    def pop(self):
        if not self.items:
            raise IndexError('pop from empty heap')
        top = self.items[0]
        last = self.items.pop()
        if self.items:
            self.items[0] = last
            i = 0
            n = len(self.items)
            while True:
                smallest = i
                for c in (2 * i + 1, 2 * i + 2):
                    if c < n and self.items[c] < self.items[smallest]:
                        smallest = c
                if smallest == i:
                    break
                self.items[i], self.items[smallest] = self.items[smallest], self.items[i]
                i = smallest
        return top[0], top[2]

    def __len__(self):
        return len(self.items)

h = MinHeap()
tasks = [(3, 'write report'), (1, 'fix outage'), (2, 'review PR'), (1, 'call customer'), (5, 'refactor'), (2, 'lunch')]
for p, t in tasks:
    h.push(p, t)
while h:
    print(h.pop())
try:
    h.pop()
except IndexError as e:
    print('IndexError:', e)
def dijkstra(graph, src):
    dist = {src: 0}
    pq = MinHeap()
    pq.push(0, src)
    done = set()
    while pq:
        d, u = pq.pop()
        if u in done:
            continue
        done.add(u)
        for v, w in graph.get(u, []):
            nd = d + w
            if v not in dist or nd < dist[v]:
                dist[v] = nd
                pq.push(nd, v)
    return dict(sorted(dist.items()))
g = {'a': [('b', 7), ('c', 9), ('f', 14)], 'b': [('c', 10), ('d', 15)], 'c': [('d', 11), ('f', 2)], 'd': [('e', 6)], 'f': [('e', 9)]}
print(dijkstra(g, 'a'))
