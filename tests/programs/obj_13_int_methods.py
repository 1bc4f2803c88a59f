# int methods: to_bytes, from_bytes, bit_length, bit_count, pow with modulus, divmod, int(s, base), as_integer_ratio.
print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True), (0).to_bytes(0, "big"))
print((5).to_bytes(), (2 ** 64).to_bytes(9, "big"))
for call in [lambda: (1000).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (256).to_bytes(1, "big"),
             lambda: (1).to_bytes(1, "middle"), lambda: (128).to_bytes(1, "big", signed=True), lambda: (1).to_bytes(-1, "big")]:
    try:
        print(call())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"), int.from_bytes(bytearray(b"\x80"), "little", signed=True))
print(int.from_bytes(b"\x00\x01"), bool.from_bytes(b"\x01", "big"), type(bool.from_bytes(b"\x01", "big")).__name__)
print((0).bit_length(), (1).bit_length(), (255).bit_length(), (-256).bit_length(), (2 ** 100).bit_length())
print((0).bit_count(), (255).bit_count(), (-7).bit_count(), (10 ** 20).bit_count())
print(pow(3, 4, 5), pow(2, 100, 1000000007), pow(-3, 3, 7), pow(3, -1, 7), pow(2, 10, -7), pow(5, 0, 1))
for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 1.5, 5)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(2 ** 70, 3 ** 20))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(True, 2))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(int("ff", 16), int("777", 8), int("-1010", 2), int("0xFF", 16), int("Zz", 36), int("  12_3  ", 10))
print((10).as_integer_ratio(), (-3).as_integer_ratio(), (7).conjugate(), (7).real, (7).imag, (7).numerator, (7).denominator)
print(int.__name__, (5).__abs__(), (5).__neg__(), (-5).__abs__(), (6).__floordiv__(4), (6).__rtruediv__(3))
print((17).__round__(-1), round(15, -1), round(25, -1), round(-35, -1), round(12345, -2), round(7, 0))
print(1 << 100, (1 << 100) >> 98, -1 >> 10, -(2 ** 80) >> 3, ~(2 ** 70))
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
print(int(3.9), int(-3.9), int("  -5 "), int(b"42"), int(bytearray(b"7")), int())
class HasInt:
    def __int__(self):
        return 9
class HasIndex:
    def __index__(self):
        return 4
class HasTrunc:
    def __trunc__(self):
        return 3
print(int(HasInt()), int(HasIndex()), int(HasTrunc()))
for bad in [None, [1], "1.0", float("inf"), float("nan")]:
    try:
        int(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(isinstance(True, int), True + 1, int.__base__, bool.__base__, (3).__sizeof__() > 0)
print(10 ** 30 // 10 ** 28, 10 ** 30 % 7, -(10 ** 30) % 7, abs(-10 ** 30))
