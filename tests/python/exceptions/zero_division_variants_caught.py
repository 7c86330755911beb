# catching division errors and printing messages
exprs = [(7, 0), (7.0, 0), (0, 0), (-3, 0.0)]
for a, b in exprs:
    for op in ['/', '//', '%']:
        try:
            if op == '/':
                r = a / b
            elif op == '//':
                r = a // b
            else:
                r = a % b
            print(a, op, b, '=', r)
        except ZeroDivisionError as e:
            print(a, op, b, '->', e)
