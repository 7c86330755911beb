# expressions inside f-strings
def sq(v):
    return v * v

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(3, 4)
nums = [1, 2, 3]
print(f'{sq(5)}')
print(f'{p.x},{p.y}')
print(f'{sum(nums)} {max(nums)} {nums[-1]}')
print(f'{"-".join(str(v) for v in nums)}')
print(f'{[v * 2 for v in nums]}')
print(f'{ {"k": 1}["k"] }')
print(f'{len("abc") == 3}')
print(f'{"yes" if nums else "no"}')
print(f'{3 + 4 * 2:>5}')
a, b = 7, 2
print(f'{a // b} {a % b} {a / b}')
