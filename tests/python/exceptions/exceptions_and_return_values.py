# functions returning defaults on errors
def safe_int(s, default=None):
    try:
        return int(s)
    except (ValueError, TypeError):
        return default
def safe_get(seq, i, default='n/a'):
    try:
        return seq[i]
    except (IndexError, KeyError):
        return default
def safe_div(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        return float('inf') if a > 0 else float('-inf') if a < 0 else float('nan')
    else:
        return result
print([safe_int(x) for x in ['1', 'x', None, '-7', 3.9]])
print(safe_get([1, 2], 5), safe_get({'a': 1}, 'a'), safe_get('abc', -1), safe_get({}, 'z', 0))
print(safe_div(1, 2), safe_div(1, 0), safe_div(-1, 0), safe_div(0, 0))
