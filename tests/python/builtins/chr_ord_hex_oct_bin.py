# chr, ord, hex, oct, bin
print(chr(65), chr(97), chr(48), repr(chr(10)), chr(955), chr(0x1F600))
print(ord('A'), ord('a'), ord(' '), ord('λ'), ord('😀'))
print(hex(255), hex(-255), hex(0), hex(2 ** 64))
print(oct(8), oct(-8), oct(0), oct(511))
print(bin(5), bin(-5), bin(0), bin(255))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
print([hex(b) for b in b'\x00\x7f\xff'])
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(1.5)
except TypeError as e:
    print(type(e).__name__, e)
