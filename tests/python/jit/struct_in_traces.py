# struct.unpack_from of a constant format of doubles from bytes is read in traces, and t[i] of a tuple with
# a constant index >= 0 takes the item directly: both must behave as the interpreter does at the edges
# (offsets out of the buffer or negative, other buffers and formats, special floats, indexes out of range).
import struct

values = [0.5 * i - 3.25 for i in range(40)] + [-0.0, 1e300, 5e-324, -1e300, 2.5]
specials = struct.pack("<4d", float("inf"), float("-inf"), float("nan"), -0.0)
little = struct.pack("<%dd" % len(values), *values)
big = struct.pack(">%dd" % len(values), *values)


def sum_one(buf, fmt, step):
    total = 0.0
    for off in range(0, len(buf) - 7, step):
        total += struct.unpack_from(fmt, buf, off)[0]
    return total


def sum_three(buf, fmt):
    total = 0.0
    for off in range(0, len(buf) - 23, 24):
        a, b, c = struct.unpack_from(fmt, buf, off)
        total += a - b * c
    return total


print(sum_one(little, "<d", 8), sum_one(big, ">d", 8), sum_one(big, "!d", 8))
print(sum_one(little, "=d", 8), sum_one(little, "d", 8), sum_one(little, "@d", 8))
# unaligned offsets read across two doubles
print(sum_one(little[:64], "<d", 3))
print(sum_three(little, "<3d"), sum_three(big, ">3d"), sum_three(little, "<ddd"))
print(sum_three(little, "<2dd"))


def literal_formats(buf):
    total = 0.0
    for off in range(0, len(buf) - 23, 8):
        x, y, z = struct.unpack_from("=3d", buf, off)
        total += struct.unpack_from("<d", buf, off)[0] - struct.unpack_from(">2d", buf, off)[1] + x - y + z
    return total


print(literal_formats(little), literal_formats(big), literal_formats(little[5:300]))



def reads(buf, offsets, fmt):
    out = []
    for off in offsets:
        try:
            out.append(struct.unpack_from(fmt, buf, off)[0])
        except struct.error as e:
            out.append("error: " + str(e))
        except IndexError as e:
            out.append("IndexError: " + str(e))
        except TypeError as e:
            out.append("TypeError: " + str(e))
    return out


# In range, then past the end, negative (counting from the end), too negative.
print(reads(little, [0, 8, 16, 24, len(little) - 8, len(little) - 7, len(little), -8, -16, -len(little), -len(little) - 1], "<d"))
print(reads(little, list(range(0, 400, 8)) + [len(little) - 20, -24], "<3d"))
print(reads(specials, [0, 8, 16, 24] * 10, "<d"))
# Not a buffer, and a buffer that is not bytes at one call site.
print(reads("x" * 64, [0, 8, 16], "<d"))
print([reads(b, [0, 8], "<d") for b in [little, little, specials, "y" * 16, little, 7]])
# Formats that are not doubles only, or more than three of them.
print(reads(little, [0, 8, 16, 24, 32, 40], "<q"))
print(reads(little, [0, 8, 16, 24, 32, 40], "<4d"))
print(reads(little, [0, 8, 16, 24, 32, 40], "<f"))
print(reads(little, [0, 8, 16, 24, 32, 40], "<xd"))
print(reads(little, [0, 8, 16, 24, 32, 40], "<0d"))
print(reads(little, [0, 8, 16, 24, 32, 40], "<z"))


def pick(rows, k):
    total = 0
    for row in rows:
        try:
            total += row[k]
        except IndexError:
            total -= 1000
        except TypeError:
            total -= 1
    return total


rows = [(i, i * 2, i * 3) for i in range(30)] + [(5,), (), (7, 8)] + [(i, i) for i in range(20)]
print(pick(rows, 0), pick(rows, 1), pick(rows, 2), pick(rows, 5), pick(rows, -1))
print(pick(rows + [[1, 2, 3], "abc"], 1))


def pairs(n):
    total = 0
    for i in range(n):
        t = (i, i + 1, i + 2)
        total += t[0] + t[2] - t[1]
        u = (i,)
        try:
            total += u[1]
        except IndexError:
            total += 100
    return total


print(pairs(500))


def wide(n):
    total = 0
    for i in range(n):
        t = (i, i + 1, i + 2, i + 3, i + 4, i + 5)
        a, b, c, d, e, f = t
        u = (a, b, c, d)
        total += a - b + c - d + e - f + t[5] + len(t) + u[3] + len((e, f, a, b, c))
        if i % 97 == 0:
            total += sum(t) + sum(u)
    return total


def records(buf):
    best = 0.0
    for off in range(0, len(buf) - 47, 48):
        x0, y0, x1, y1, x2, y2 = struct.unpack_from("<6d", buf, off)
        area = abs((x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0))
        if area > best:
            best = area
    return best


print(wide(5000), records(little * 30), records(little[:200]))
