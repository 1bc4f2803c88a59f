# bytes/bytearray hex and fromhex: separators, bytes_per_sep (positive/negative), whitespace, and the errors.
data = bytes(range(0, 256, 17))
print(data.hex(), data.hex(":"), data.hex("-", 2), data.hex("-", -2), data.hex(" ", 3), data.hex(b"|", -4), data.hex(":", 100))
print(b"".hex(), b"".hex(":"), b"\x00".hex(":"), bytearray(b"\xab\xcd").hex("_"), memoryview(b"\x01\x02\x03").hex(".", 2))
for s in ["", "00", "ff FF", " 01 02 ", "0a0B\t0c\n", "deadbeef", "DEAD BEEF"]:
    print(repr(s), bytes.fromhex(s), bytearray.fromhex(s))
for s in ["0", "0g", "f f", "1 2", "zz", "00 0", "\u00a0 00", "0x00", "ff-ee", "é"]:
    try:
        print(bytes.fromhex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for bad in [lambda: b"ab".hex("::"), lambda: b"ab".hex("é"), lambda: b"ab".hex(5), lambda: bytes.fromhex(b"00"), lambda: b"ab".hex(":", "2"),
            lambda: b"ab".hex(sep="")]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class B(bytes):
    pass
class BA(bytearray):
    pass
print(type(B.fromhex("41")).__name__, B.fromhex("41 42"), type(BA.fromhex("41")).__name__, BA.fromhex("43"))
print(bytes.fromhex(data.hex()) == data, bytes.fromhex(data.hex(" ")) == data, int(data.hex(), 16) == int.from_bytes(data, "big"))
print(hex(0xdead), b"\xde\xad".hex().upper(), bytes.fromhex("ab cd") + bytearray.fromhex("ef"), (1234).to_bytes(2, "big").hex(":"))
