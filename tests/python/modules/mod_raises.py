# helper module (not a test): functions that raise
class ModError(Exception):
    pass

def fail(msg):
    raise ModError('mod_raises: ' + msg)

def divide(a, b):
    return a / b
