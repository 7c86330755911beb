# a generator can only be iterated once
def g():
    yield 1
    yield 2
gen = g()
print(list(gen))
print(list(gen))
print(sum(gen))
for x in gen:
    print('never')
gen2 = (i for i in range(3))
print(1 in gen2)
print(list(gen2))
it = iter([1, 2, 3, 4])
for x in it:
    if x == 2:
        break
print(list(it))
r = range(3)
print(list(r), list(r))
