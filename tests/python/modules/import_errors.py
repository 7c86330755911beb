# errors raised inside imported modules and import failures
import mod_raises
from mod_raises import ModError
try:
    mod_raises.fail('bad thing')
except ModError as e:
    print(type(e).__name__, e)
try:
    mod_raises.divide(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    import mod_does_not_exist
except ImportError as e:
    print(type(e).__name__, e)
try:
    from mod_raises import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
try:
    mod_raises.missing_attr
except AttributeError as e:
    print(type(e).__name__, e)
