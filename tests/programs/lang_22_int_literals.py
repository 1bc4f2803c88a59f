# Integer literal forms: underscores, hex/oct/bin, big literals, int() parsing of the same forms.
print(1_000_000, 0x_FF, 0o_17, 0b_1010, 0xdead_beef, 0B11, 0O777, 0XaBc)
print(123_456_789_012_345_678_901_234_567_890)
print(0xFFFFFFFFFFFFFFFFFFFFFFFF, 0o7777777777777777777777777, 0b1111111111111111111111111111111111111111111111111111111111111111)
print(1_0.5_0, 1e1_0, 0_0, 00, 0.000_1, 1_2j if False else "skip")
print(hex(255), oct(8), bin(5), hex(-255), bin(-5), oct(0))
print(int("0x1f", 16), int("0x1f", 0), int("0o17", 0), int("0b101", 0), int("1_000", 0), int("  42  "))
print(int("z", 36), int("ZZ", 36), int("-101", 2), int("+7"), int("1_2_3"))
for bad in ["1__0", "_1", "1_", "0x", "08", "1.5", "", " ", "0b2"]:
    try:
        print(int(bad, 0))
    except ValueError as e:
        print(type(e).__name__, e)
for src in ["1__000", "0x_", "1_", "0b102", "0o8", "09", "0_7", "1e", "0x1.0"]:
    try:
        print(src, "->", eval(src))
    except SyntaxError as e:
        print(src, type(e).__name__, e.msg)
try:
    int("10", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("10", 37)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(10, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(int("١٢٣"), int("\u0663"), int(" -0 "), int(True), int(-3.99), int(2.5e3))
print(0 == -0, 0x10 + 0o10 + 0b10 + 10)
print(float("1_000.5"), float("  -inf "), float("1e-3"), float(".5"), float("5."))
for bad in ["1__0.0", "_1.0", "nan1", "1e"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(2 ** 100, -2 ** 63, (-2) ** 63, 10 ** 20 // 7, -(10 ** 20) // 7)
print(format(0xff, "#x"), format(10, "#b"), format(8, "#o"), format(1234567, "_"), format(1234567, ","), format(255, "_x"))
print(f"{0b1010:08b}", f"{123456789:_d}", f"{0xABCDEF:#_X}")
