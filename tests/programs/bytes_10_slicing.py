# bytes indexing and slicing: ints from indexing, extended slices, negative steps, comparisons, hashing, iteration.
b = bytes(range(65, 75))
print(b, b[0], b[-1], type(b[0]).__name__, b[2:5], b[::2], b[::-1], b[-3:], b[8:2:-2], b[100:], b[:-100], b[::-3], b[1:1])
print(list(b[:3]), tuple(b"xyz"), [c for c in b"ab"], sorted(b"cab"), sum(b"\x01\x02\x03"), max(b"azby"), b"ab"[True])
print(b"abc" < b"abd", b"ab" < b"abc", b"" < b"\x00", b"\xff" > b"\x00\x00", b"a" == bytearray(b"a"), b"a" == "a", b"a" != memoryview(b"a"))
print(hash(b"abc") == hash(b"abc"), len({b"a", b"a", bytes(b"a")}), b"abc" + b"def", b"ab" * 3, 2 * b"-", b"x" * 0, b"x" * -1)
print(65 in b, b"BC" in b, b"" in b, 300 in b if False else "skip", b"z" not in b, bytes(3), bytes([1, 2]), bytes(b"copy"), bytes())
for bad in [lambda: b[10], lambda: b[-11], lambda: b["1"], lambda: b[1.5], lambda: b + "s", lambda: "s" + b, lambda: b * 1.5,
            lambda: 300 in b, lambda: "a" in b, lambda: b < "a", lambda: b[::0], lambda: bytes([256]), lambda: bytes([-1]),
            lambda: bytes("abc"), lambda: bytes(1.5), lambda: bytes(["a"]), lambda: bytes(-1), lambda: bytes("x", "nope"),
            lambda: bytes(b"x", "utf-8"), lambda: b.__setitem__(0, 1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(bytes("héllo", "utf-8"), bytes("héllo", "latin-1"), bytes("hé", "ascii", "ignore"), bytes(x for x in range(3)), bytes(memoryview(b"mv")))
class Idx:
    def __index__(self):
        return 66
print(b[Idx() - 60] if False else b[1], bytes([Idx()]), b"abc"[slice(None, None, -1)], b"abcdef"[slice(1, 5, 2)])
it = iter(b"hi")
print(next(it), next(it), next(it, "done"), list(reversed(b"abc")), b"abc".__getitem__(1), b"abc".__len__(), b"ab".__contains__(97))
print(repr(b"\x00\t\n\r\\'\"\x7f\x80\xff"), repr(b"'"), repr(b'"'), repr(b"'\""), str(b"a"), ascii(b"\xff"))
