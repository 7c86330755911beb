# nested with statements
class Level:
    depth = 0
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('  ' * Level.depth + 'enter ' + self.name)
        Level.depth += 1
        return self
    def __exit__(self, *args):
        Level.depth -= 1
        print('  ' * Level.depth + 'exit ' + self.name)
with Level('outer'):
    with Level('middle'):
        with Level('inner'):
            print('  ' * Level.depth + 'deepest body')
        print('  ' * Level.depth + 'back in middle')
    with Level('sibling'):
        pass
print('depth', Level.depth)
