# explicit chaining with raise ... from ...
class ConfigError(Exception):
    pass
def load(s):
    try:
        return int(s)
    except ValueError as e:
        raise ConfigError('bad config value ' + repr(s)) from e
try:
    load('abc')
except ConfigError as e:
    print(type(e).__name__, e)
    print('cause:', type(e.__cause__).__name__, e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('no chain') from None
except RuntimeError as e:
    print(e, e.__cause__)
try:
    try:
        {}['k']
    except KeyError:
        raise ValueError('implicit')
except ValueError as e:
    print(e, e.__cause__)
try:
    raise ValueError('direct') from KeyError('kk')
except ValueError as e:
    print(repr(e.__cause__))
