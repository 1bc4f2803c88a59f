# Big integers: powers, factorials, floor division/modulo with negatives, shifts, bitwise ops on negatives.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

print(2 ** 100)
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63) - 1, 2 ** 64 + 2 ** 64)
print(fact(30))
print(fact(52))
big = 3 ** 80
print(big, len(str(big)))
print(big // 7, big % 7)
print(-big // 7, -big % 7)
print(big // -1000003, big % -1000003)
print(divmod(-(10 ** 30), 7), divmod(10 ** 30, -7))
print(pow(7, 222, 10 ** 9 + 7), pow(2, 200, 3 ** 40))
print(1 << 100, (1 << 100) >> 99, -1 << 70, (-(2 ** 70)) >> 3, -1 >> 100)
n = 2 ** 70 + 12345
print(n & 0xFFFF, n | 1, n ^ (2 ** 70), ~n)
print(-n & 0xFFFFFFFF, -n | 255, -n ^ 255, (-n) & (-(2 ** 65)))
print(~0, ~-1, ~(2 ** 80), -(2 ** 64) & (2 ** 64 - 1), -(2 ** 64) | 1)
print(2 ** 100 == 4 ** 50, 2 ** 100 < 2 ** 100 + 1, -(2 ** 100) < 1)
print(hex(2 ** 100), bin(2 ** 70 + 5), oct(8 ** 25))
print(hex(-(2 ** 65)), bin(-5))
print(int("123456789012345678901234567890") * 10 + 1)
print(abs(-(10 ** 25)), -(10 ** 25) // 10 ** 24)
print(10 ** 20 / 10 ** 10, 2 ** 100 / 2 ** 99, 10 ** 30 / 3)
print(sum(range(10 ** 6)), sum([2 ** 64] * 4))
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a)
print(hash(2 ** 100) == hash(2 ** 100), hash(7) == 7, hash(-5) == -5)
print(str(2 ** 200)[:20], str(2 ** 200)[-10:])
print(max(2 ** 80, 3 ** 50, 5 ** 34), min(-(2 ** 80), -3))
print((10 ** 18 + 1) * (10 ** 18 - 1))
print(isinstance(2 ** 100, int), type(2 ** 100).__name__)
print(2 ** 64 // 2 ** 32, 2 ** 64 % (2 ** 32 + 1), (2 ** 64) * 0, -(2 ** 64) * -1)
x = 1
for i in range(1, 40):
    x = x * 31 + i
print(x, x % 1000000007, len(bin(x)) - 2)
print(12345678901234567890 // 1234567890, 12345678901234567890 % 1234567890)
print(-12345678901234567890 // 1234567890, -12345678901234567890 % 1234567890)
print(round(2 ** 70 / 3), int(2.0 ** 80), float(2 ** 80))
