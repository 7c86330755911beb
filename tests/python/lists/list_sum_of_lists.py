# aggregate operations across lists
scores = {'ann': [90, 85, 77], 'bob': [60, 75, 80, 95], 'cid': []}
for name in scores:
    s = scores[name]
    avg = sum(s) / len(s) if s else 0
    print(name, len(s), sum(s), max(s, default=None), min(s, default=None), round(avg, 2))
allscores = [x for s in scores.values() for x in s]
print(sorted(allscores), len(allscores))
print(any(x > 90 for x in allscores), all(x >= 60 for x in allscores))
print(sum(1 for x in allscores if x >= 80))
