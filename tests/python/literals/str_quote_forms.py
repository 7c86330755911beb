# different string quote forms
a = 'single'
b = "double"
c = 'it\'s'
d = "say \"hi\""
e = "it's"
f = 'say "hi"'
print(a, b, c, d, e, f)
print(repr(a), repr(b), repr(c), repr(d), repr(e), repr(f))
g = 'both \' and "'
print(g)
print(repr(g))
print('con' 'cat' "enation")
h = ('implicit '
     'joining')
print(h)
print(repr(''), repr(""))
print(len(''), len("x"))
print('a' == "a")
