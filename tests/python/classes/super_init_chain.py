# super() in __init__ and other methods, multi-level
class Base:
    def __init__(self, x):
        print('Base.__init__', x)
        self.x = x
    def info(self):
        return 'Base(' + str(self.x) + ')'
class Mid(Base):
    def __init__(self, x, y):
        print('Mid.__init__', x, y)
        super().__init__(x)
        self.y = y
    def info(self):
        return 'Mid[' + super().info() + ', y=' + str(self.y) + ']'
class Leaf(Mid):
    def __init__(self, x, y, z):
        print('Leaf.__init__', x, y, z)
        super().__init__(x, y)
        self.z = z
    def info(self):
        return 'Leaf{' + super().info() + ', z=' + str(self.z) + '}'
obj = Leaf(1, 2, 3)
print(obj.info())
print(obj.x, obj.y, obj.z)
print(Mid(5, 6).info())
