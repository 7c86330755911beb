# formatting exception info in messages
def describe(e):
    return '%s: %s' % (type(e).__name__, e)
errs = []
for fn in [lambda: 1 / 0, lambda: [][1], lambda: {}['key'], lambda: int('z'), lambda: None.attr, lambda: 'a' * 'b']:
    try:
        fn()
    except Exception as e:
        errs.append(e)
for e in errs:
    print(describe(e))
    print('  repr:', repr(e))
    print('  f-string:', f'{e!r} / {e}')
print([type(e).__name__ for e in errs])
