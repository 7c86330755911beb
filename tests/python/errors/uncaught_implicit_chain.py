# implicit chaining: exception raised while handling another
def risky():
    return {}['missing']

try:
    risky()
except KeyError:
    print('handling KeyError')
    raise TypeError('cleanup failed')
