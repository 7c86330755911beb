# more seeded random calls
import random
random.seed(2024)
print([random.randint(0, 9) for _ in range(15)])
print(random.randrange(10, 20), random.randrange(-10, 10, 3))
print(random.uniform(0, 100))
letters = list('abcdefghij')
random.shuffle(letters)
print(''.join(letters))
print([random.choice(['rock', 'paper', 'scissors']) for _ in range(5)])
random.seed(2 ** 70)
print(random.randint(1, 10 ** 12))
