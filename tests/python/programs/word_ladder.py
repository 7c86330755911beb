# word ladder: BFS over a small dictionary
from collections import deque
WORDS = set('''cold cord card ward warm word worm wore core bore bare barn born corn cola colt molt mold bold bolt boat coat cost most mist list lost host hose nose note vote'''.split())

def neighbors(word):
    out = []
    for i in range(len(word)):
        for ch in 'abcdefghijklmnopqrstuvwxyz':
            if ch != word[i]:
                cand = word[:i] + ch + word[i + 1:]
                if cand in WORDS:
                    out.append(cand)
    return sorted(out)

def ladder(start, goal):
    if start not in WORDS or goal not in WORDS:
        raise KeyError('unknown word: ' + (start if start not in WORDS else goal))
    prev = {start: None}
    q = deque([start])
    while q:
        w = q.popleft()
        if w == goal:
            path = []
            while w:
                path.append(w)
                w = prev[w]
            return path[::-1]
        for n in neighbors(w):
            if n not in prev:
                prev[n] = w
                q.append(n)
    return None

print(neighbors('cold'))
for a, b in [('cold', 'warm'), ('boat', 'most'), ('cold', 'cold'), ('note', 'corn'), ('host', 'vote')]:
    print(a, b, ladder(a, b))
try:
    ladder('cold', 'heat')
except KeyError as e:
    print('KeyError:', e)
