# instance attributes can shadow methods
class Thing:
    def action(self):
        return 'method action'
t = Thing()
print(t.action())
t.action = lambda: 'instance lambda'
print(t.action())
del t.action
print(t.action())
u = Thing()
u.action = 'not callable'
try:
    u.action()
except TypeError as e:
    print(type(e).__name__, e)
print(Thing().action())
