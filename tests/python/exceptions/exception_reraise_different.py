# translating exceptions into different types
class LookupFailed(Exception):
    pass
def find(d, key):
    try:
        return d[key]
    except KeyError:
        raise LookupFailed('no such key: ' + repr(key))
def find_chained(d, key):
    try:
        return d[key]
    except KeyError as e:
        raise LookupFailed('chained') from e
data = {'a': 1}
print(find(data, 'a'))
try:
    find(data, 'b')
except LookupFailed as e:
    print(type(e).__name__, e, e.__cause__)
try:
    find_chained(data, 'c')
except LookupFailed as e:
    print(type(e).__name__, e, repr(e.__cause__))
