# Huffman coding with deterministic tie-breaking
from collections import Counter

def build_codes(text):
    freq = Counter(text)
    # nodes: (weight, order, symbol_or_children)
    nodes = [(w, i, ch) for i, (ch, w) in enumerate(sorted(freq.items()))]
    order = len(nodes)
    if len(nodes) == 1:
        return {nodes[0][2]: '0'}
    while len(nodes) > 1:
        nodes.sort(key=lambda n: (n[0], n[1]))
        a = nodes.pop(0)
        b = nodes.pop(0)
        nodes.append((a[0] + b[0], order, (a, b)))
        order += 1
    codes = {}
    def walk(node, prefix):
        payload = node[2]
        if isinstance(payload, tuple):
            walk(payload[0], prefix + '0')
            walk(payload[1], prefix + '1')
        else:
            codes[payload] = prefix
    walk(nodes[0], '')
    return codes

def encode(text, codes):
    return ''.join(codes[c] for c in text)

def decode(bits, codes):
    rev = {v: k for k, v in codes.items()}
    out = []
    cur = ''
    for b in bits:
        cur += b
        if cur in rev:
            out.append(rev[cur])
            cur = ''
    return ''.join(out)

for text in ['abracadabra', 'mississippi river', 'aaaa', 'the quick brown fox jumps over the lazy dog']:
    codes = build_codes(text)
    bits = encode(text, codes)
    print(repr(text))
    print('  codes:', sorted(codes.items()))
    print('  bits:', len(bits), 'vs', 8 * len(text), 'ratio %.3f' % (len(bits) / (8 * len(text))))
    print('  roundtrip:', decode(bits, codes) == text)
print(encode('abra', build_codes('abracadabra')))
