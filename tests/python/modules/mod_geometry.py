# helper module (not a test): geometry functions and module-level state
PI_APPROX = 3.14159
call_count = 0
print('mod_geometry loaded')

def area_circle(r):
    global call_count
    call_count += 1
    return PI_APPROX * r * r

def area_rect(w, h):
    global call_count
    call_count += 1
    return w * h

class Shape:
    def __init__(self, name):
        self.name = name

    def describe(self):
        return 'Shape ' + self.name

def _private_helper():
    return 'private'
