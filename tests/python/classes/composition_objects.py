# composition: objects holding other objects
class Engine:
    def __init__(self, hp):
        self.hp = hp
        self.running = False
    def start(self):
        self.running = True
        return 'engine started (' + str(self.hp) + 'hp)'
class Wheel:
    def __init__(self, pos):
        self.pos = pos
class Car:
    def __init__(self, name, hp):
        self.name = name
        self.engine = Engine(hp)
        self.wheels = [Wheel(p) for p in ['FL', 'FR', 'RL', 'RR']]
    def start(self):
        return self.name + ': ' + self.engine.start()
    def __repr__(self):
        return 'Car(%r, %d hp, %d wheels)' % (self.name, self.engine.hp, len(self.wheels))
c = Car('zoom', 150)
print(c)
print(c.engine.running, c.start(), c.engine.running)
print([w.pos for w in c.wheels])
garage = {c.name: c, 'slow': Car('slow', 60)}
print(sorted(garage), garage['slow'])
print(sum(car.engine.hp for car in garage.values()))
