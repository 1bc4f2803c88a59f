# bytes operators: construction, indexing, slicing, iteration, in, comparison, hashing, repr, +, *.
KEY = "x"
print(bytes(), bytes(4), bytes([1, 2, 255]), bytes(range(65, 70)), bytes((x for x in [104, 105])), bytes("hé", "utf-8"), bytes("hé", "latin-1"))
print(bytes(b"abc"), bytes(bytearray(b"xy")), bytes(memoryview(b"mv")), bytes("a", encoding="ascii"), bytes(source=b"kw"))
class HasBytes:
    def __bytes__(self):
        return b"from __bytes__"
class Idx:
    def __index__(self):
        return 3
print(bytes(HasBytes()), bytes(Idx()), bytes([Idx()]), bytes([True, False]))
b = b"hello"
print(b[0], b[-1], b[1:3], b[::-1], b[::2], b[10:], b[-100:2], b[Idx()], b[:Idx()])
print(list(b), [x for x in b"ab"], tuple(iter(b"xyz")), sum(b"\x01\x02\x03"), sorted(b"cab"), list(reversed(b"abc")))
it = iter(b"ab")
print(next(it), next(it), next(it, "done"), type(it).__name__)
print(104 in b, b"ell" in b, b"" in b, b"x" in b, bytearray(b"lo") in b, memoryview(b"he") in b, 0 in b)
print(b"abc" == b"abc", b"abc" != b"abd", b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"" <= b"", b"a" >= b"b")
print(b"abc" == bytearray(b"abc"), bytearray(b"abc") == b"abc", b"abc" == memoryview(b"abc"), b"abc" == "abc", b"1" == 1)
print(b"abc" < bytearray(b"abd"), bytearray(b"b") > b"a", max(b"a", b"b", b"ab"), min([b"z", b"y"]))
print(hash(b"abc") == hash(b"abc"), hash(b"") == hash(b""), hash(b"abc") == hash(bytes(b"abc")), hash(b"x") == hash(memoryview(b"x")))
d = {b"k": 1, b"": 2}
print(d[b"k"], d[b""], b"k" in d, d.get(memoryview(b"k")), len({b"a", b"a", bytes(b"a")}))
print(repr(b""), repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\\"), repr(bytes(range(0, 256, 17))), str(b"s"), f"{b'f'}", f"{b'x'!r}")
print(b"ab" + b"cd", b"ab" + bytearray(b"cd"), b"ab" + memoryview(b"cd"), b"ab" * 3, 3 * b"ab", b"ab" * 0, b"ab" * -1, b"ab" * Idx())
print(type(b"a" + bytearray(b"b")).__name__, type(bytearray(b"a") + b"b").__name__, bool(b""), bool(b"\x00"), len(b"abc"))
print(isinstance(b"", bytes), issubclass(bytes, object), bytes.__name__, type(b"").__name__)
class MyBytes(bytes):
    def extra(self):
        return b"<" + self + b">"
m = MyBytes(b"sub")
print(m, m.extra(), type(m).__name__, isinstance(m, bytes), m.upper(), type(m.upper()).__name__, len(m), m[0], m == b"sub")
for bad in [lambda: bytes(-1), lambda: bytes("x"), lambda: bytes(1.5), lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes(["a"]),
            lambda: bytes(b"x", "ascii"), lambda: bytes("é", "ascii"), lambda: bytes(x=1), lambda: b"a" + "b", lambda: "a" + b"b",
            lambda: b"a" + 1, lambda: b"a" * "b", lambda: b"a" * 1.5, lambda: b"abc"[3], lambda: b"abc"[-4], lambda: b"abc"[KEY],
            lambda: "a" in b"abc", lambda: 256 in b"abc", lambda: b"a" < "a", lambda: b"a" < 1, lambda: b"x".foo, lambda: b"abc"[::0]]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
def setit():
    b"abc"[0] = 1
def delit():
    del b"abc"[0]
for f in [setit, delit]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
