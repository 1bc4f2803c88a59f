# int(): string parsing with bases 2..36 and 0, underscores, whitespace, signs, and the error messages.
good = [("0", 10), ("  42  ", 10), ("-17", 10), ("+5", 10), ("1_000_000", 10), ("ff", 16), ("FF", 16), ("0xff", 16),
        ("0XfF", 0), ("0o777", 0), ("0b1010", 0), ("0", 0), ("00", 0), ("0_0", 0), ("12_34", 0), ("-0x_ff", 0),
        ("z", 36), ("ZZ", 36), ("101", 2), ("0b101", 2), ("0o17", 8), ("777", 8), ("\t\n 99 \r", 10),
        ("1" * 40, 10), ("-" + "7" * 30, 8), ("0x" + "f" * 40, 16), ("zz_zz", 36), ("١٢٣", 10), ("٣", 0), ("1_0", 2)]
for s, b in good:
    print(repr(s), b, int(s, b))
bad = [("", 10), (" ", 10), ("1.5", 10), ("1__0", 10), ("_1", 10), ("1_", 10), ("0x", 16), ("12", 2), ("g", 16),
       ("010", 0), ("09", 0), ("0b2", 0), ("0x1g", 0), ("+-1", 10), ("1 2", 10), ("0_", 0), ("abc", 10), ("--1", 10),
       ("0b", 0), ("1e5", 10)]
for s, b in bad:
    try:
        print(int(s, b))
    except ValueError as e:
        print(repr(s), b, type(e).__name__, e)
for b in [1, 37, -1, 100]:
    try:
        print(int("1", b))
    except ValueError as e:
        print(b, type(e).__name__, e)
for args in [(5, 10), (5.5, 0), (None,), ([1],), ("1", "10"), ("1", 2.0)]:
    try:
        print(int(*args))
    except TypeError as e:
        print(args, type(e).__name__, e)
print(int(), int(3.99), int(-3.99), int(True), int(b"  12 "), int(bytearray(b"0x10"), 16), int("10", base=36))
print(int(1e20), int(-1e-5), int(2.0**70))
for v in [float("inf"), float("-inf"), float("nan")]:
    try:
        print(int(v))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
class Tr:  # __trunc__ alone: deprecated, still honoured
    def __trunc__(self):
        return 42
class Ix:
    def __index__(self):
        return 7
class In:
    def __int__(self):
        return -3
print(int(Ix()), int(In()))
try:
    print(int(Tr()))
except TypeError as e:
    print(type(e).__name__, e)
class Bad:
    def __int__(self):
        return "x"
try:
    int(Bad())
except TypeError as e:
    print(type(e).__name__, e)
print(int("0" * 50 + "1"), int("-0"), int("+0_0"), int(" \u2003 8 \u3000"))
print(int("1" * 4300) % 97, len(str(int("9" * 4300))))
