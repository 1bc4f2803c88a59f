# int: shifts and bitwise operators over negative and multi-word values, and their errors.
vals = [0, 1, -1, 5, -5, 255, -256, 2**64 - 1, -(2**64), 2**100 + 12345, -(2**100 + 12345)]
for a in vals:
    for b in [0, 3, -4, 0xFF, 2**70 + 1, -(2**66)]:
        print(a & b, a | b, a ^ b)
for a in vals:
    print(a << 0, a << 1, a << 63, a << 65, a >> 1, a >> 63, a >> 64, a >> 200)
print(-1 >> 10**30, 1 >> 10**30, 0 << 10**30, -(2**100) >> 10**20)
for expr in ["1 << -1", "1 >> -1", "1 << 'a'", "1 & 1.0", "~1.5", "1 | None", "0 << -(2**70)"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
print(bin(0), bin(-1), bin(2**65), bin(-(2**65) + 3), oct(-64), hex(-255), hex(2**128 - 1))
print((0b1011).bit_length(), (-0b1011).bit_length(), (0).bit_length(), (2**1000).bit_length(), (-(2**1000)).bit_length())
print((0b1011).bit_count(), (-0b1011).bit_count(), (0).bit_count(), (2**1000 - 1).bit_count(), (-(2**64)).bit_count())
n = 0
for i in range(0, 200, 7):
    n |= 1 << i
print(n, n.bit_count(), n.bit_length(), bin(n).count("1"))
mask = (1 << 64) - 1
x = 0x0123456789ABCDEF
r = ((x << 13) | (x >> 51)) & mask
print(hex(r), hex(~x & mask), hex(-x & mask))
print(True & False, True | False, True ^ True, ~True, ~False, True << 3, False >> 1)
print(type(True & True).__name__, type(True | 2).__name__, type(~True).__name__)
