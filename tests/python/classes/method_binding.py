# bound and unbound methods
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other):
        return self.name + ' greets ' + other
g = Greeter('ann')
bound = g.greet
print(bound('bob'))
print(Greeter.greet(g, 'cid'))
h = Greeter('dee')
print(Greeter.greet(h, 'eve'))
methods = [Greeter('x').greet, Greeter('y').greet]
print([m('z') for m in methods])
print(callable(bound), bound.__name__)
def outside(self):
    return 'outside function bound to ' + self.name
Greeter.extra = outside
print(g.extra())
g.instance_fn = lambda: 'instance attribute, not bound'
print(g.instance_fn())
print(list(map(Greeter.greet, [g, h], ['p', 'q'])))
