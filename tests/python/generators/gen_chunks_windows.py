# chunking and sliding windows with generators
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
def windows(seq, n):
    for i in range(len(seq) - n + 1):
        yield seq[i:i + n]
def batched(iterable, n):
    batch = []
    for x in iterable:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(chunks([1, 2, 3, 4, 5, 6, 7], 3)))
print(list(chunks('abcdefg', 2)))
print(list(windows([1, 2, 3, 4, 5], 3)))
print(list(windows('abc', 4)))
print(list(batched(range(10), 4)))
print([sum(w) / len(w) for w in windows([2, 4, 6, 8, 10], 2)])
