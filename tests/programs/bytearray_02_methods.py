# bytearray: construction, repr, the bytes methods returning bytearray, comparisons.
print(bytearray(), bytearray(3), bytearray(b"ab"), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(range(3)), bytearray(memoryview(b"m")))
print(repr(bytearray(b"q'\"")), str(bytearray(b"s")), bytearray(b"\x00\xff\n"), bytearray(source=b"kw"), bytearray("x", encoding="ascii"))
c = bytearray(b"  Hello, World  ")
for r in [c.strip(), c.lstrip(), c.rstrip(b" d"), c.upper(), c.lower(), c.swapcase(), c.title(), c.capitalize(), c.center(20, b"*"),
          c.ljust(18), c.rjust(18, b"."), c.replace(b"l", b"L"), c.expandtabs(), c.zfill(20), c.removeprefix(b"  "), c.translate(None, b"lo")]:
    print(type(r).__name__, r)
print(c.split(), c.split(b","), c.rsplit(b"l", 1), c.partition(b","), c.rpartition(b"o"), bytearray(b"a\nb").splitlines())
print(c.find(b"o"), c.rfind(b"o"), c.count(b"l"), c.index(b"W"), c.startswith(b"  H"), c.endswith((b"x", b"  ")), 72 in c, b"World" in c)
print(c.isalpha(), bytearray(b"abc").isalpha(), bytearray(b"ABC").isupper(), c.isascii(), c.hex(), c.decode(), bytearray(b"x\xff").decode("latin-1"))
print(bytearray(b",").join([b"a", bytearray(b"b")]), type(bytearray(b",").join([])).__name__, bytearray.fromhex("41 42"), type(bytearray.fromhex("")).__name__)
print(bytearray(b"abc") == b"abc", bytearray(b"abc") == bytearray(b"abc"), bytearray(b"a") < bytearray(b"b"), bytearray(b"a") != b"a", bytearray(b"") == b"")
print(bytearray(b"hello")[1], bytearray(b"hello")[1:3], bytearray(b"hello")[::-1], list(bytearray(b"ab")), type(iter(bytearray())).__name__)
print(bytearray(b"%s-%d") % (b"a", 1), bytearray(b"ab") * 2, 2 * bytearray(b"ab"), bytearray(b"x") + b"y", b"x" + bytearray(b"y"))
print(bytes(bytearray(b"z")), bytearray(b"k") in [b"k"], [b"k"].index(bytearray(b"k")), sorted([bytearray(b"b"), b"a"]))
class BA(bytearray):
    pass
s = BA(b"sub")
s.append(33)
print(s, type(s).__name__, len(s), s.upper(), type(s.upper()).__name__, isinstance(s, bytearray), BA.fromhex("41"), type(BA.fromhex("41")).__name__)
m = bytearray(b"abc")
for i, x in enumerate(m):
    m[i] = x - 32
print(m, m.isupper(), m.lower().islower())
for bad in [lambda: bytearray(-1), lambda: bytearray("x"), lambda: bytearray(1.5), lambda: bytearray([300]), lambda: bytearray(b"x", "utf-8"),
            lambda: bytearray(b"abc")[5], lambda: bytearray(b"abc")["x" * 1], lambda: bytearray(b"a").upper(1), lambda: bytearray(b"a").center(3, "x")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
