# pass in various places
def noop():
    pass
class Empty:
    pass
for i in range(3):
    pass
print(i)
if True:
    pass
else:
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
print(noop(), type(Empty()).__name__)
def stub(x):
    """docstring only"""
print(stub(1))
