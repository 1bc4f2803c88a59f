# int: every binary/unary operator on small, word-boundary and huge values, mixed signs.
vals = [0, 1, -1, 7, -7, 2**31 - 1, -2**31, 2**63 - 1, -2**63, 2**64, -2**64 - 3, 10**40 + 17, -(3**90)]
small = [1, -1, 3, -3, 2**64 + 1, -(10**25)]
for a in vals:
    print(a, +a, -a, abs(a), ~a)
for a in vals:
    for b in small:
        print(a + b, a - b, a * b, a // b, a % b, a == b, a < b, a >= b)
for a in [10**30, -10**30, 12345, -12345]:
    for b in [7, -7, 10**12, -(10**12)]:
        q, r = divmod(a, b)
        print(q, r, q * b + r == a, abs(r) < abs(b), (r == 0) or ((r > 0) == (b > 0)))
print(2**200 // 3**50, 2**200 % 3**50, -(2**200) // 3**50, -(2**200) % 3**50)
print(7 / 2, -7 / 2, 10**20 / 4, 2**1000 / 2**999, (10**400) // (10**399))
try:
    print(10**400 / 1)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(1 / 10**400)
except OverflowError as e:
    print(type(e).__name__, e)
print((10**400 + 1) / 10**399, 1 / 3 * 3)
for expr in ["1 // 0", "1 % 0", "divmod(1, 0)", "1 / 0", "0 ** -1", "10**30 // 0", "(-5) % 0"]:
    try:
        print(eval(expr))
    except ZeroDivisionError as e:
        print(expr, type(e).__name__, e)
print(0 ** 0, 2 ** -1, (-2) ** -2, 2 ** 0, (-1) ** (10**20 + 1), 1 ** (10**30))
print(type(2 ** -1).__name__, type(2 ** 3).__name__)
print(3 ** 200)
x = 5
x += 10**20; print(x)
x -= 1; x *= -3; print(x)
x //= 7; print(x)
x %= 1000; print(x)
x **= 3; print(x)
x <<= 70; print(x)
x >>= 65; print(x)
x &= 0xFFF; x |= 0x10000; x ^= 0x3; print(x)
print(int.__add__(3, 4), int.__sub__(3, 4), int.__mul__(3, 4), int.__floordiv__(7, 2))
print(int.__add__(3, 4.0), (3).__radd__(4), (3).__rsub__(10), (2).__rpow__(10), (7).__rfloordiv__(50))
print((5).__truediv__(2), (5).__rtruediv__(2), (5).__mod__(3), (5).__rmod__(17), (5).__divmod__(3), (5).__rdivmod__(17))
print((3).__neg__(), (3).__pos__(), (-3).__abs__(), (3).__invert__(), (3).__bool__(), (0).__bool__())
print((3).__lt__(4), (3).__eq__(3.0), (3).__eq__("3"), (3).__ne__(4), (3).__ge__(2), (3).__gt__(3))
print(True + True, 10**20 - True, 2**64 * False)
print(hash(5), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(10**30) == hash(10**30 % (2**61 - 1)))
print(sorted([10**20, -5, 3, 2**64, -(2**70), 0, 7.5]))
print(max(2**100, 2**100 + 1), min(-(2**100), 5), sum(range(-10**6, 10**6 + 3)))
