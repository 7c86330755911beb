# control flow inside nested helper functions
def process(items):
    results = []
    def handle(x):
        if x is None:
            return 'skip'
        if isinstance(x, str):
            return x.upper()
        if x < 0:
            return 'neg'
        return x * 2
    for it in items:
        r = handle(it)
        if r == 'skip':
            continue
        results.append(r)
        if len(results) >= 5:
            break
    return results
print(process([1, None, 'a', -3, 4, 5, 6, 7]))
print(process([]))
