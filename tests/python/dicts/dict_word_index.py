# building an inverted index
docs = {
    1: 'the cat sat',
    2: 'the dog sat down',
    3: 'a cat and a dog',
}
index = {}
for doc_id, text in docs.items():
    for pos, word in enumerate(text.split()):
        index.setdefault(word, []).append((doc_id, pos))
for word in sorted(index):
    print(word, index[word])
def search(*words):
    result = None
    for w in words:
        ids = set(d for d, _ in index.get(w, []))
        result = ids if result is None else result & ids
    return sorted(result) if result else []
print(search('cat'), search('cat', 'dog'), search('sat', 'the'), search('bird'))
