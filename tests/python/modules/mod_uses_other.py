# helper module (not a test): imports another helper module
import mod_counter_state
from mod_geometry import area_rect

def add_area(w, h):
    return mod_counter_state.add(area_rect(w, h))

NAME = __name__
