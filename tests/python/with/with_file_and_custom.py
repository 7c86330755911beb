# mixing file objects and custom context managers
class Indent:
    def __init__(self, out):
        self.out = out
    def __enter__(self):
        self.out.append('{')
        return self
    def __exit__(self, *a):
        self.out.append('}')
name = '_tmp_with_file_and_custom.txt'
parts = []
with open(name, 'w') as f, Indent(parts):
    f.write('data line\n')
    parts.append('wrote')
print(parts, f.closed)
with open(name) as f:
    print(repr(f.read()))
