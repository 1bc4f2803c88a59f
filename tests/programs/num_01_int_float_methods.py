# int/float methods beyond the pending corpus: to_bytes/from_bytes, bit_count,
# modular inverse, int() via __index__/__int__/__trunc__, Unicode digits,
# float.hex/fromhex round trips, round() with CPython's correctly rounded rules.
print((255).to_bytes(2, "big"), (-129).to_bytes(2, "little", signed=True), (5).to_bytes(), (0).to_bytes(0, "big"))
print(int.from_bytes(b"\x01\x00"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 2, 3], "little"))
for call in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (128).to_bytes(1, "big", signed=True),
             lambda: (1).to_bytes(1, "middle"), lambda: (1).to_bytes(-1, "big"), lambda: (-128).to_bytes(1, "big", signed=True)]:
    try:
        print(call())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(bool.from_bytes(b"\x00"), (0).bit_count(), (-255).bit_count(), (2 ** 200 - 1).bit_count(), (7).as_integer_ratio(), True.as_integer_ratio())
print(pow(3, -1, 7), pow(38, -1, 97), pow(-3, -2, 10), pow(3, -1, -7), pow(2, -3, 11), pow(10 ** 30, -1, 7))
for args in [(2, -1, 4), (0, -1, 5), (6, -2, 9)]:
    try:
        print(pow(*args))
    except ValueError as e:
        print(type(e).__name__, e)
class I:
    def __index__(self):
        return 7
class T:
    def __trunc__(self):
        return I()
class BadIdx:
    def __index__(self):
        return "x"
print(int(I()), int(T()), [1, 2, 3, 4, 5, 6, 7, 8][I()], "abcdefgh"[I()], (1, 2, 3) * I() == (1, 2, 3) * 7, hex(I()), range(I()))
for f in [lambda: [1][BadIdx()], lambda: int(BadIdx()), lambda: bin(BadIdx()), lambda: range(BadIdx())]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print(int("١٢٣"), int(" ٤٥ "), float("١٢٣.٥"), int("٣", 16), float("  ٧e١  "))
for x in [0.0, -0.0, 1.0, 0.1, -2.5, 1e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 123456.789, float("inf"), float("-inf"), float("nan")]:
    h = x.hex()
    print(h, float.fromhex(h) == x or x != x)
print(float.fromhex("0x1.fffffffffffff8p1023") if False else "", float.fromhex("0x1p-1074"), float.fromhex("0x1p-1075"), float.fromhex("0x3p-1076"), float.fromhex("0X1.8P+1"), float.fromhex("-.8p1"))
for bad in ["0x1p1024", "0x", "1.2.3", "0x1p", "0xg"]:
    try:
        print(float.fromhex(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(round(2.675, 2), round(1e300, -299), round(0.125, 2), round(0.375, 2), round(-1234.5678, -2), round(5e-324, 400), round(1.5, 0), round(-0.4, 0))
print(round(123.456, -1), round(123.456, -3), round(-5.5), round(6.5), round(0.5e-10, 10), round(1e16 + 1, -1), round(2.5, 1), round(7.0, -400))
try:
    round(1.7976931348623157e308, -308)
except OverflowError as e:
    print(type(e).__name__, e)
print([round(x / 8, 2) for x in range(-9, 10)])
print([round(i * 0.05, 1) for i in range(20)])
