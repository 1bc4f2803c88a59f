# Bitwise operators and shifts on small ints, including negatives, and precedence among them.
vals = [0, 1, 5, 12, -1, -6, 255, -256]
for a in vals[:4]:
    for b in vals[4:]:
        print(a, b, a & b, a | b, a ^ b)
for v in vals:
    print(v, ~v, v << 3, v >> 1, v >> 10)
print(1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 1 << 2 + 1, (1 << 2) + 1)
print(6 & 3 == 2, 6 & (3 == 2), -5 >> 1, -5 // 2)

def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c

print([popcount(i) for i in range(17)])
print(bin(0b1100 ^ 0b1010), bin(~0b1100 & 0xF))
mask = 0
for bit in [0, 3, 5, 7]:
    mask |= 1 << bit
print(mask, bin(mask), [i for i in range(8) if mask >> i & 1])
print(True & False, True | False, True ^ True, ~True, True << 3)
print(0xFF & ~0x0F, 0xF0 | 0x0F, 0b1111 ^ 0b0101, 1 << 31, 1 << 32, 1 << 63, 1 << 64)
print(-1 & 0xFF, -128 & 0xFF, 200 ^ -1, -(1 << 40) >> 20)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1.5 & 1)
except TypeError as e:
    print("TypeError:", e)
def reverse_bits(n, width):
    r = 0
    for i in range(width):
        if n & (1 << i):
            r |= 1 << (width - 1 - i)
    return r
print([reverse_bits(i, 4) for i in range(16)])
gray = [i ^ (i >> 1) for i in range(16)]
print(gray, [bin(g)[2:].zfill(4) for g in gray[:5]])
