# float methods: hex, fromhex, as_integer_ratio, is_integer, round, repr, special values, float().
print((1.5).hex(), (0.1).hex(), (-0.0).hex(), (1e300).hex(), float("inf").hex(), (3.0).hex())
print(float.fromhex("0x1.8p0"), float.fromhex("0x1p-2"), float.fromhex("-0x1.fffffffffffffp+1023"), float.fromhex(" 0x10 "), float.fromhex("inf"))
try:
    float.fromhex("xyz")
except ValueError as e:
    print(type(e).__name__, e)
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.25).as_integer_ratio(), (3.0).as_integer_ratio())
for bad in [float("inf"), float("nan")]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((3.0).is_integer(), (3.5).is_integer(), (-0.0).is_integer(), float("inf").is_integer())
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.005, 2), round(123.456, -1), round(0.5), round(1.5))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0), round(-0.4), round(1e300, -299))
for bad in [float("inf"), float("nan")]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1))
print(repr(0.1 + 0.2), 1e16, 1e-5, 123456789012345678.0, 1.0, -0.0, 2e-308, 5e-324, 1.7976931348623157e308)
print(float("inf"), -float("inf"), float("nan"), float("-nan"), float("Infinity"), float("  1e5 "), float(7))
print(1e308 * 10, -1e308 * 10, 0.1 * 3, 1 / 3, 2 / 3, 10 / 4, 7.0 // 2, -7.0 // 2, 7.0 % -2, -0.0 % 5)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-8.0) ** (1 / 3)
except ValueError as e:
    print(type(e).__name__, e)
print(0.0 ** 0, 2 ** -1, 2.0 ** 0.5, 4 ** 0.5, (-2.0) ** 2, pow(2.0, 3))
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(float.__name__, (2.5).real, (2.5).imag, (2.5).conjugate(), int(2.5), float(True), float("-0"))
print(3.0 == 3, 0.1 + 0.2 == 0.3, float("nan") != float("nan"), 1e400 == float("inf"), 2 ** 53 + 1 == float(2 ** 53 + 1))
try:
    float(2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float("abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    float([])
except TypeError as e:
    print(type(e).__name__, e)
print(format(1234.5678, ".2f"), format(1234.5678, "e"), format(0.000012, "g"), format(1e100, ".3g"), format(2.5, "%"), format(1234.5, ","))
print(f"{3.14159:10.3f}|{-2.5:+.1f}|{2.0:.0f}|{0.5:.0f}|{1.5:.0f}|{1e-10:f}")
print(str(1e22), str(1e21), str(123456789.0), repr(1e-7), repr(0.0001), float("1_5.2_5"))
