# generator-based state machine / tokenizer
def tokenize(text):
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            yield ('NUM', text[i:j])
            i = j
        elif ch.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            yield ('NAME', text[i:j])
            i = j
        else:
            yield ('OP', ch)
            i += 1
for tok in tokenize('x1 = 42 + y*(3-zz)'):
    print(tok)
print(len(list(tokenize(''))))
def traffic_light():
    while True:
        yield 'green'
        yield 'yellow'
        yield 'red'
t = traffic_light()
print([next(t) for _ in range(7)])
