# using classes defined in a helper module
import mod_shapes
from mod_shapes import Square, Cube
shapes = [Square(2), Cube(3), mod_shapes.Base(1)]
for s in shapes:
    try:
        print(s, s.kind, s.area())
    except NotImplementedError as e:
        print(s, 'error:', e)
print(Cube(2).volume(), isinstance(Cube(1), mod_shapes.Square), issubclass(Cube, mod_shapes.Base))
print(sorted(mod_shapes.registry))
print(mod_shapes.registry['cube'] is Cube)
class Local(Square):
    kind = 'local'
print(Local(5).area(), [c.__name__ for c in Local.__mro__])
