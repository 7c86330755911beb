# import a helper module beside the script
import mod_geometry
print(mod_geometry.PI_APPROX)
print(mod_geometry.area_circle(2))
print(mod_geometry.area_rect(3, 4))
print(mod_geometry.call_count)
s = mod_geometry.Shape('square')
print(s.describe(), type(s).__name__)
print(mod_geometry.__name__)
print(mod_geometry._private_helper())
