# error inside a list comprehension
data = ['1', '2', 'x3', '4']
numbers = [int(s) for s in data]
print(numbers)
