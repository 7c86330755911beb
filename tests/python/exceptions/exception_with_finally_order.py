# order of execution with nested try/finally
def trace(label):
    print(label)
def f():
    try:
        trace('outer try')
        try:
            trace('inner try')
            raise ValueError('v')
        except KeyError:
            trace('inner except KeyError (not run)')
        finally:
            trace('inner finally')
        trace('after inner (not run)')
    except ValueError as e:
        trace('outer except ' + str(e))
        return 'from except'
    finally:
        trace('outer finally')
print(f())
def g():
    try:
        try:
            return 'inner return'
        finally:
            trace('inner finally on return')
    finally:
        trace('outer finally on return')
print(g())
