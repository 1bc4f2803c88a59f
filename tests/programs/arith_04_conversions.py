# int/float/str conversions: int() with whitespace, bases and signs; float() parsing; hex/bin/oct/chr/ord.
print(int("  42 "), int("-17"), int("+8"), int("0"), int("007"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("777", 8), int("1010", 2), int("z", 36))
print(int("0x1f", 0), int("0b101", 0), int("0o17", 0), int("1_000_000"))
print(int(3.99), int(-3.99), int(True), int(False), int(1e10))
print(float("1e5"), float("-2.5"), float("  3  "), float("1E-3"), float(10), float("inf"), float("-Infinity"))
print(str(42), str(-0), str(3.0), str(True), str(None), repr("hi"), str([1, "a"]))
print(bool(0), bool(1), bool(""), bool("0"), bool([]), bool(0.0))
print(hex(255), hex(-255), bin(10), bin(0), oct(64), oct(-8))
print(chr(65), chr(97), ord("A"), ord("z"), chr(8364), ord("€"))
print(int("10", base=3), int(str(12345)[::-1]))
bad = ["abc", "", "1.5", "12a", " ", "0x10"]
for s in bad:
    try:
        int(s)
    except ValueError as e:
        print("ValueError:", e)
for s in ["x", "1.2.3", ""]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(list(map(int, "1 2 3".split())), [float(x) for x in ["1", "2.5"]])
print(round(2.5e3), int("-0"), float("-0"))
print(str(2 ** 70), int(str(2 ** 70)) == 2 ** 70, float("12345678901234567890"))
print(int(" \t 12 \n"), int("-  5".replace(" ", "")), str(0.5) + "!")
