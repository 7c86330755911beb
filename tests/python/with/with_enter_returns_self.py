# __enter__ returning self, state changes visible after with
class Timer:
    def __init__(self):
        self.events = []
        self.active = False
    def __enter__(self):
        self.active = True
        self.events.append('start')
        return self
    def __exit__(self, t, v, tb):
        self.active = False
        self.events.append('stop')
    def mark(self, label):
        self.events.append(label)
t = Timer()
with t as same:
    print(same is t, t.active)
    same.mark('work')
print(t.active, t.events)
with Timer() as t2:
    t2.mark('a')
    t2.mark('b')
print(t2.events)
