# mixing positional defaults and keyword-only defaults
def fmt(value, width=10, *, fill=' ', align='>'):
    s = str(value)
    pad = fill * max(0, width - len(s))
    if align == '>':
        return pad + s
    if align == '<':
        return s + pad
    half = len(pad) // 2
    return pad[:half] + s + pad[half:]
print('[' + fmt(42) + ']')
print('[' + fmt(42, 6) + ']')
print('[' + fmt('ab', 6, fill='*') + ']')
print('[' + fmt('ab', 7, fill='-', align='^') + ']')
print('[' + fmt('ab', align='<', width=5) + ']')
print('[' + fmt(3.5, 0) + ']')
