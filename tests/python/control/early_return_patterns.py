# early returns and guard clauses
def grade(score):
    if not isinstance(score, int):
        return 'invalid'
    if score < 0 or score > 100:
        return 'out of range'
    if score >= 90:
        return 'A'
    if score >= 80:
        return 'B'
    if score >= 70:
        return 'C'
    return 'F'
for s in [95, 85, 75, 10, -1, 101, 'x', 90, 80, 70]:
    print(s, grade(s))
def first_negative(nums):
    for i, n in enumerate(nums):
        if n < 0:
            return i, n
    return None
print(first_negative([3, 4, -2, -5]), first_negative([1, 2]))
def loop_return():
    while True:
        for i in range(10):
            if i == 3:
                return 'returned from nested loops at ' + str(i)
print(loop_return())
