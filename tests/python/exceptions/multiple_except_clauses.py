# multiple except clauses and except tuples
def risky(kind):
    if kind == 'key':
        return {}['missing']
    if kind == 'index':
        return [][0]
    if kind == 'zero':
        return 1 / 0
    if kind == 'type':
        return 'a' + 1
    if kind == 'value':
        return int('x')
    return 'fine'
for kind in ['key', 'index', 'zero', 'type', 'value', 'none']:
    try:
        print(risky(kind))
    except KeyError as e:
        print('KeyError', e)
    except (IndexError, ZeroDivisionError) as e:
        print('Index or Zero:', type(e).__name__, e)
    except LookupError:
        print('never reached: LookupError after KeyError/IndexError')
    except Exception as e:
        print('generic', type(e).__name__, e)
try:
    [][1]
except LookupError as e:
    print('LookupError catches', type(e).__name__)
try:
    {}['x']
except (ValueError, LookupError) as e:
    print('tuple catches', type(e).__name__)
