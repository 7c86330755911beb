# building lists in different ways
squares = []
for i in range(8):
    squares.append(i * i)
print(squares)
evens = [x for x in range(20) if x % 2 == 0]
print(evens)
zeros = [0] * 5
print(zeros)
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix)
letters = list('hello')
letters[0] = 'j'
print(''.join(letters))
pairs = list(zip(range(3), 'abc'))
print(pairs)
chunks = [list(range(10))[i:i + 3] for i in range(0, 10, 3)]
print(chunks)
fib = [0, 1]
while len(fib) < 15:
    fib.append(fib[-1] + fib[-2])
print(fib)
