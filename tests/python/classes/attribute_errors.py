# AttributeError messages
class Foo:
    def __init__(self):
        self.present = 1
f = Foo()
try:
    f.x
except AttributeError as e:
    print(e)
try:
    Foo.y
except AttributeError as e:
    print(e)
try:
    None.upper()
except AttributeError as e:
    print(e)
try:
    (5).real_part
except AttributeError as e:
    print(e)
try:
    'abc'.foo
except AttributeError as e:
    print(e)
try:
    [].push(1)
except AttributeError as e:
    print(e)
try:
    del f.nothing
except AttributeError as e:
    print(e)
class Sub(Foo):
    pass
try:
    Sub().missing
except AttributeError as e:
    print(e)
