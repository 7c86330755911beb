# and / or return operands, not bools
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print('' or 'default', 'value' or 'default', None or 0 or [] or 'last')
print([] and 'x', [1] and 'x', None and undefined_name, 1 or undefined_name)
print(not 0, not 1, not '', not 'a', not None, not [], not [0])
def t(tag, v):
    print('called', tag)
    return v
print(t('a', 0) and t('b', 1))
print(t('a', 1) and t('b', 0))
print(t('a', 1) or t('b', 0))
print(t('a', 0) or t('b', 0))
name = None
display = name or 'anonymous'
print(display)
print(1 and 2 or 3, 0 and 2 or 3, 1 or 2 and 3)
print(type(1 and 'x').__name__, type(0 or 0.0).__name__)
