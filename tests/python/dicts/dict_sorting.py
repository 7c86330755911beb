# sorting dict contents
scores = {'ann': 88, 'bob': 95, 'cid': 70, 'dee': 95, 'eve': 60}
print(sorted(scores))
print(sorted(scores.values()))
print(sorted(scores.items(), key=lambda kv: kv[1]))
print(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
print(dict(sorted(scores.items())))
print(dict(sorted(scores.items(), key=lambda kv: kv[1], reverse=True)))
print([k for k, v in scores.items() if v > 80])
print(max(scores, key=scores.get), min(scores, key=scores.get))
