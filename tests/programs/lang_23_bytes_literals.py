# bytes literals: escapes, raw bytes, concatenation, repr, errors.
print(b"abc", b'single', b"\x00\xff\n\t\\", br"\x00raw", rb"\n", b"" b"x" b"yz")
print(b"\101\102\103", b"\0", b"\777"[:0] if False else "skip oct", b"tab\there")
print(list(b"\x01\x7f\x80"), len(b"\x00" * 5))
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\r\n"), repr(bytes(range(0x1e, 0x22))))
print(b"""triple
quoted""", b'''x''')
b = b"hello world"
print(b[0], b[-1], b[1:5], b[::-1], b[::2])
print(b"a" in b"abc", 97 in b"abc", b"" in b"x")
print(b"ab" + b"cd", b"ab" * 3, b"x" < b"y", b"abc" == bytearray(b"abc"))
for src in ['b"\\u1234"', 'b"é"', 'b"\\N{DASH}"', 'rb"\\N{x}"', 'b"abc" "str"']:
    try:
        print(src, "->", eval(src))
    except SyntaxError as e:
        print(src, type(e).__name__, e.msg)
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(b"copy"), bytes())
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes("text")
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"x" + "y"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "y" + b"x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(str(b"abc"), str(b"abc", "ascii"), b"caf\xc3\xa9".decode(), "café".encode("latin-1"))
print(b"%d-%s-%r-%x" % (5, b"bs", b"r", 255), b"%c%c" % (65, b"B"))
print(bytes.fromhex("de ad be ef"), b"\xde\xad".hex(), b"\xde\xad".hex(":"), b"abc".hex("-", 1))
print(b"\x80abc".decode("utf-8", "replace"), b"\x80abc".decode("latin-1"))
try:
    b"\x80".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"x" == "x", hash(b"abc") == hash(b"abc"))
print(f"{b'abc'}", "%s" % b"ab", ascii(b"\xff"))
