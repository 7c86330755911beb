# common accumulator patterns in loops
nums = [4, -2, 7, 0, -9, 3, 3, 12]
total = 0
count_pos = 0
largest = None
running = []
for n in nums:
    total += n
    running.append(total)
    if n > 0:
        count_pos += 1
    if largest is None or n > largest:
        largest = n
print(total, count_pos, largest, running)
prod = 1
for n in nums:
    if n:
        prod *= n
print(prod)
best_run = cur = 0
for n in nums:
    cur = cur + 1 if n > 0 else 0
    best_run = max(best_run, cur)
print(best_run)
max_sum = cur = nums[0]
for n in nums[1:]:
    cur = max(n, cur + n)
    max_sum = max(max_sum, cur)
print(max_sum)
