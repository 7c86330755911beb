# triple-quoted strings
s = """line one
line two
  indented line"""
print(s)
print(repr(s))
print(len(s.splitlines()))
t = '''single 'quotes' and "double" inside'''
print(t)
u = """\
no leading newline
"""
print(repr(u))
v = """a""" + '''b'''
print(v)
w = """she said "hi" """
print(repr(w))
x = """tab\there\\"""
print(x)
