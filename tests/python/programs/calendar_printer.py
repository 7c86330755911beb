# printing month calendars computed from scratch (Zeller-style weekday)
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

def days_in(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]

def weekday(y, m, d):
    # 0 = Monday ... 6 = Sunday
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7

def month_lines(y, m):
    lines = [(MONTHS[m - 1] + ' ' + str(y)).center(20).rstrip(), 'Mo Tu We Th Fr Sa Su']
    cells = ['  '] * weekday(y, m, 1) + [str(d).rjust(2) for d in range(1, days_in(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(' '.join(cells[i:i + 7]))
    return lines

for y, m in [(2024, 2), (2023, 10), (2000, 1)]:
    print('\n'.join(month_lines(y, m)))
    print()
names = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
for date in [(1969, 7, 20), (2000, 1, 1), (2024, 2, 29), (1900, 3, 1), (2038, 1, 19)]:
    print(date, names[weekday(*date)])
fridays13 = [(y, m) for y in range(2020, 2026) for m in range(1, 13) if weekday(y, m, 13) == 4]
print(fridays13)
