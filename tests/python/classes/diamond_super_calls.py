# diamond inheritance: each method called once via super()
log = []
class Root:
    def setup(self):
        log.append('Root')
class Left(Root):
    def setup(self):
        log.append('Left')
        super().setup()
class Right(Root):
    def setup(self):
        log.append('Right')
        super().setup()
class Bottom(Left, Right):
    def setup(self):
        log.append('Bottom')
        super().setup()
Bottom().setup()
print(log)
print([c.__name__ for c in Bottom.__mro__])
log.clear()
Left().setup()
print(log)
class Bottom2(Right, Left):
    pass
log.clear()
Bottom2().setup()
print(log, [c.__name__ for c in Bottom2.__mro__])
