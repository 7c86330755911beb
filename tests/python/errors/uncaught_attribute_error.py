# uncaught AttributeError on an instance
class Robot:
    def __init__(self):
        self.power = 10

r = Robot()
print(r.power)
r.launch_sequence_xyz()
