# complex boolean conditions
def check(age, member, coupon):
    if (age < 12 or age >= 65) and not coupon:
        return 'discount'
    elif member and (coupon or age > 30):
        return 'member deal'
    elif not member and not coupon:
        return 'full price'
    return 'other'
for args in [(10, False, False), (70, True, True), (40, True, False), (20, True, False), (20, False, False), (20, False, True), (12, True, True)]:
    print(args, check(*args))
x = 15
print(10 < x < 20 and x % 5 == 0, not (x > 10 or x < 0), x > 10 and not x % 3)
print(any([x > 20, x < 0, x == 15]), all([x > 0, x < 100]))
