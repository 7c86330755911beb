# Compiled loops are entered before their first iteration too. A branch that goes the other way in that
# first iteration (data, not a type) leaves the compiled code there and gets a bridge when hot; each program
# below makes it go the other way often, or now and then, and must print what CPython prints.


def best_so_far(items):
    # `best is None` holds before the loop only: the first iteration's branch fails at every entry.
    best = None
    for v in items:
        if best is None or v > best:
            best = v
    return best


def first_match(items, target):
    # The first iteration breaks out of the loop when the target comes first.
    found = -1
    for i in range(len(items)):
        if items[i] == target:
            found = i
            break
    return found


def place(row, n, cols, found):
    # The recursion of nqueens's backtracking: the first column is taken in some calls, free in others.
    if row == n:
        return found + 1
    for c in range(n):
        if not cols[c]:
            cols[c] = True
            found = place(row + 1, n, cols, found)
            cols[c] = False
    return found


def ratios(values):
    # The first iteration divides by zero in some calls: the ZeroDivisionError is CPython's.
    out = []
    for v in values:
        try:
            out.append(100 // v)
        except ZeroDivisionError:
            out.append(None)
    return out


def sums(rows):
    total = 0
    for row in rows:
        acc = 0
        for x in row:
            if x < 0:
                acc -= x
            else:
                acc += x
        total += acc
    return total


total = 0
for k in range(3000):
    items = [(k * 7 + j * 13) % 50 for j in range(8)]
    total += best_so_far(items)
    total += first_match(items, items[0] if k % 3 == 0 else 49)
print("best and first", total)

print("permutations", place(0, 6, [False] * 6, 0))

zeros = 0
for k in range(2000):
    r = ratios([k % 5, 3, 7, k % 4 + 1])
    zeros += r.count(None)
    if k % 500 == 0:
        print(k, r)
print("zero divisions", zeros)

rows = [[(i * 5 + j) % 11 - (5 if (i + j) % 4 == 0 else 0) for j in range(6)] for i in range(4000)]
print("sums", sums(rows))
