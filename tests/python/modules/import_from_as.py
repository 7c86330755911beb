# from-imports with aliases
from mod_geometry import area_circle, area_rect as rect, Shape
from mod_geometry import PI_APPROX as P
print(area_circle(1), rect(2, 5), P)
print(Shape('tri').describe())
import mod_geometry as geo
print(geo.call_count)
print(geo.area_rect is rect)
import math as m, string as s
print(m.floor(2.5), s.digits)
