# str partition/rpartition, removeprefix/removesuffix, strip family with char sets, startswith/endswith with tuples and ranges.
for s in ["key=value", "no sep", "=lead", "trail=", "a=b=c", "", "=="]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("abcabc".partition("bc"), "abcabc".rpartition("bc"), "x".partition("long sep"), "x".rpartition("long sep"))
for bad in [lambda: "a".partition(""), lambda: "a".rpartition(""), lambda: "a".partition(None), lambda: "a".partition(b"a")]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("prefix_body".removeprefix("prefix_"), "prefix_body".removeprefix("nope"), "body.txt".removesuffix(".txt"), "x".removesuffix(""), "".removeprefix("a"))
print(repr("  \t x y \n ".strip()), repr("xxhixx".strip("x")), repr("abcHELLOcba".strip("abc")), repr("<<a>>".lstrip("<")), repr("<<a>>".rstrip(">")))
print(repr("\u2003 wide \u3000".strip()), repr("\x1c\x1dx\x1e\x1f".strip()), repr("aaa".strip("a")), repr("ab".strip("")), repr("a".strip(None)))
try:
    "x".strip(5)
except TypeError as e:
    print(type(e).__name__, e)
s = "hello world"
print(s.startswith("hello"), s.startswith(("x", "he")), s.startswith("world", 6), s.startswith("wor", 6, 8), s.startswith("", 11), s.startswith("", 12))
print(s.endswith("world"), s.endswith(("xx", "ld")), s.endswith("hello", 0, 5), s.endswith("o", -5, -4), s.endswith(()), s.startswith("h", -100))
for bad in [lambda: s.startswith(["he"]), lambda: s.endswith(("a", 1)), lambda: s.startswith(5)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
