# int and float: arithmetic corners, conversions, rounding and the messages of their errors.
print(7 // 2, -7 // 2, 7 // -2, 7 % 3, -7 % 3, 7 % -3, divmod(-7, 2), divmod(7.5, 2), 2 ** -1, (-8) ** (1 / 3) if False else "skip")
print(10 ** 20 // 3, -(10 ** 20) // 7, (10 ** 20) % 997, 2 ** 100 >> 90, 1 << 70, -1 >> 5, ~(2 ** 65), (2 ** 65) & (2 ** 64 + 1))
print(int("  42  "), int("-0x1f", 16), int("0b101", 0), int("z", 36), int("1_000"), int(3.99), int(-3.99), int(True))
print(float("1e3"), float(" -inf "), float("nan") != float("nan"), float("1_0.5"), float(7), 1e16, 1.0e-5, 123456789012345678.0)
print(round(2.5), round(3.5), round(-2.5), round(1.25, 1), round(1234, -2), round(1250, -2), round(2.675, 2), round(7, 1))
print((0.1 + 0.2), 0.1 + 0.2 == 0.3, 1 / 3, 2 / 3, 10 / 4, 1e308 * 10, -1e308 * 10, 5e-324 / 2)
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).to_bytes(1, "big", signed=True), (1024).bit_length(), (255).bit_count())
print((3.75).as_integer_ratio(), (10).as_integer_ratio(), (2.0).is_integer(), (0.5).hex(), float.fromhex("0x1.8p1"))
print(abs(-5), abs(-2.5), abs(-0.0), pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(2.0, 0.5), 0 ** 0, 0.0 ** 0)
for expr in ["1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "1.0 // 0.0", "divmod(1, 0)", "0 ** -1", "0.0 ** -1", "2 ** 10000.5",
             "int('abc')", "int('12', 1)", "int(1.5, 10)", "float('x')", "int(float('inf'))", "int(float('nan'))",
             "(1).to_bytes(0, 'big')", "pow(2, -1, 4)", "1 << -1", "round(1.5, 'x')"]:
    try:
        print(expr, "=", eval(expr))
    except (ZeroDivisionError, ValueError, OverflowError, TypeError) as e:
        print(expr, "->", type(e).__name__ + ":", e)
print(int.__name__, float.__name__, (5).real, (5).imag, (5).numerator, (5).denominator, (2.5).real, (2.5).imag, (5).conjugate())
print(max(1, 2.5), min(-1, -1.0), 1 == 1.0, 1 < 1.5, 2 ** 53 + 1 == float(2 ** 53 + 1), 10 ** 400 > 1e308)
print(True + True, True * 3, -True, ~True, True / 2, bool(2) is True, isinstance(True, int), True == 1, hash(True))
