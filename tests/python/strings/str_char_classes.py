# classifying characters
s = 'Hello World 123 !? _x\tTab'
counts = {'upper': 0, 'lower': 0, 'digit': 0, 'space': 0, 'other': 0}
for ch in s:
    if ch.isupper():
        counts['upper'] += 1
    elif ch.islower():
        counts['lower'] += 1
    elif ch.isdigit():
        counts['digit'] += 1
    elif ch.isspace():
        counts['space'] += 1
    else:
        counts['other'] += 1
print(counts)
print(''.join(c for c in s if c.isalpha()))
print(''.join(c if c.isalnum() else '_' for c in s))
print([w for w in s.split() if w.isidentifier()])
