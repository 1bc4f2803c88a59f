# float(): string parsing (whitespace, underscores, exponents, specials, unicode digits) and its errors.
good = ["1", " 1.5 ", "-2.", ".5", "+.5e1", "1e5", "1E-5", "1_000.000_1", "1e1_0", "  -0  ", "00012", "1.7976931348623157e308",
        "4.9e-324", "2e-324", "1e-400", "1e400", "-1e400", "0x", "١٫٥", "١.٥", "\u00a0 3.25 \n", "infinity", "+nan", "-iNF",
        "123456789012345678901234567890", "0.1e-1", "7e+0", "9" * 400]
for s in good:
    try:
        print(repr(s), "->", repr(float(s)))
    except ValueError as e:
        print(repr(s), "->", type(e).__name__, e)
bad = ["", " ", "1_", "_1", "1__0", "1.5.5", "e5", "1e", "1e+", "in", "infinit", "nana", "0x10", "1 0", "--1", "1,5", "1.5f", "1e5.0"]
for s in bad:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
print(float(b"1.25"), float(bytearray(b" -3e2 ")), float(memoryview(b"7")))
for v in [None, [1], "1" if False else {}, 1j]:
    try:
        print(float(v))
    except TypeError as e:
        print(type(e).__name__, e)
class P:
    def __float__(self):
        return 2.5
class Q:
    def __index__(self):
        return 3
class R:
    def __float__(self):
        return 1
print(float(P()), float(Q()), float(), float(-0))
try:
    float(R())
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float("1e5", 2)
except TypeError as e:
    print(type(e).__name__, e)
print(float.__new__(float, "2.5"), float(x=1) if False else "kw")
