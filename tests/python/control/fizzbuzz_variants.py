# fizzbuzz in several styles
for i in range(1, 16):
    if i % 15 == 0:
        print('FizzBuzz')
    elif i % 3 == 0:
        print('Fizz')
    elif i % 5 == 0:
        print('Buzz')
    else:
        print(i)
print(['Fizz' * (i % 3 == 0) + 'Buzz' * (i % 5 == 0) or str(i) for i in range(1, 16)])
out = []
i = 1
while i <= 15:
    s = ''
    if not i % 3:
        s += 'Fizz'
    if not i % 5:
        s += 'Buzz'
    out.append(s or i)
    i += 1
print(out)
