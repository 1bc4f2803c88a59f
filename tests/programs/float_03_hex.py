# float.hex and float.fromhex, including subnormals, rounding and the parse errors.
for v in [0.0, -0.0, 1.0, -1.5, 0.1, 2.0**-1074, 2.0**-1022, 1.7976931348623157e308, 3.141592653589793, 1e-310, 1024.0, 255.5]:
    h = v.hex()
    print(repr(v), h, float.fromhex(h) == v)
for s in ["0x1p0", "0x1.8p1", "-0x1p-2", "0X1.FFFFFFFFFFFFFP+1023", "0x.8p1", "0x1.", "  0x10  ", "1p4", "0xap0", "0x1.0000000000000fp0",
          "0x1.00000000000008p0", "0x1.00000000000018p0", "0x0.0000000000001p-1022", "0x1p-1075", "0x1p-1074", "0x3p-1076",
          "inf", "-Infinity", "nan", "0x0p0", "-0x0p0", "+0x1p1", "0x1P+10", "0x_1p0", "0x1_0p0"]:
    try:
        print(s, "->", repr(float.fromhex(s)))
    except (ValueError, OverflowError) as e:
        print(s, "->", type(e).__name__, e)
for s in ["", "0x", "0xp1", "0x1p", "0x1pp1", "abc", "0x1.8.8", "0x1p1024", "0x2p1023", "1x", "- 0x1"]:
    try:
        print(s, "->", repr(float.fromhex(s)))
    except (ValueError, OverflowError) as e:
        print(repr(s), "->", type(e).__name__, e)
try:
    float.fromhex(5)
except TypeError as e:
    print(type(e).__name__, e)
print((1.0).hex.__name__, float.hex(2.5), float.fromhex.__name__)
class F(float):
    pass
print(type(F.fromhex("0x1p3")).__name__, F.fromhex("0x1p3"))
