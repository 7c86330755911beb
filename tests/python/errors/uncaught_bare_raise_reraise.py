# a bare raise re-raises with the original traceback
def load():
    return int('not a number')

try:
    load()
except ValueError:
    print('logging the error, then re-raising')
    raise
