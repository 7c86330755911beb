# leap year logic and days in months
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def days_in_month(y, m):
    if m == 2:
        return 29 if is_leap(y) else 28
    if m in (4, 6, 9, 11):
        return 30
    return 31
for y in [1900, 2000, 2004, 2023, 2024, 2100]:
    print(y, is_leap(y), sum(days_in_month(y, m) for m in range(1, 13)))
def day_of_year(y, m, d):
    return sum(days_in_month(y, k) for k in range(1, m)) + d
print(day_of_year(2024, 3, 1), day_of_year(2023, 12, 31), day_of_year(2024, 12, 31))
