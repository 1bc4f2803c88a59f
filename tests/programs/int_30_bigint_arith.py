# big-int arithmetic against known identities
a = 3 ** 200
b = -(7 ** 90)
print(a, b)
print(a + b, a - b, a * b)
print(a // b, a % b, divmod(a, b), divmod(-a, b))
print(a // 12345, a % 12345, -a // 12345, -a % 12345)
print((a * b) // b == a, (a * b) % a, a // a, b // -b)
print(a ** 0, b ** 1 == b, (-2) ** 127, (-2) ** 128)
print(a >> 100, b >> 50, a << 3, -1 >> 1000, 1 << 200, -(1 << 200) >> 199)
print(a & b, a | b, a ^ b, ~a, ~b, a & 0xFFFF, b & 0xFFFF, -1 & (2**80 - 1))
print(2**64 - 1, 2**63, -2**63, -2**63 - 1, 2**63 * 2 // 2)
print(abs(b), -a < b < a, a == 3 ** 200, hash(2**61 - 1), hash(2**61), hash(-2**61), hash(2**100))
print(int(1e300) == 10**300, int(1e22), int(-1e22), 10**22 == 1e22, 10**23 == 1e23, 2**53 + 1 == float(2**53 + 1))
print(10**400 > 1e308, -(10**400) < -1e308, 10**400 == float('inf'))
print(sum(range(10**6)) * 10**30)
x = 1
for i in range(1, 40):
    x *= i
print(x, len(str(x)), x % 1000003, x.bit_length())
print(pow(2, 1000, 10**9 + 7), pow(3, 10**18, 1000000007), pow(a, 3, b))
print(pow(-5, 3, 7), pow(5, -1, 7), pow(38, -1, 97), pow(2, -3, 11), pow(7, 0, 1))
for args in [(2, -1, 4), (0, -1, 5), (2, 3, 0), (2, 3.0, 5), (2.0, 3, 5)]:
    try:
        print(args, pow(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
print(pow(2, -2), pow(-8, 1/3).real > 0, 2 ** -1, (-2) ** -2, 0 ** 0)
for expr in ['1 // 0', '1 % 0', 'divmod(1, 0)', '0 ** -1', '2 ** 10000 / 3.0 ', '(10**400) / 7', '1 / 10**400']:
    try:
        print(expr, eval(expr) if 'e' not in expr[:0] else 0)
    except Exception as e:
        print(expr, type(e).__name__, e)
print(10**400 // 7 * 7 + 10**400 % 7 == 10**400, (10**20) / (10**10), 7 / 2, -7 // 2, -7 % 2, 7 % -2)
print(round(123456789, -3), round(-15, -1), round(25, -1), round(35, -1), round(2**70 + 5, -1) - 2**70)
