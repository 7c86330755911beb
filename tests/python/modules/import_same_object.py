# a module is imported once; later imports return the same object
import mod_geometry as m1
import mod_geometry as m2
import mod_geometry
print(m1 is m2, m2 is mod_geometry)
m1.call_count = 100
print(m2.call_count)
from mod_geometry import call_count
print(call_count)
m2.area_rect(1, 1)
print(m1.call_count, call_count)
