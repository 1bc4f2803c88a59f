# str operators and conversions: +, *, slicing with steps, comparisons, join, encode/ascii/repr escapes, ord/chr.
s = "Hello, Wörld! 🐍"
print(len(s), s[0], s[-1], s[7:12], s[::-1], s[::3], s[-3:-1], s[100:], s[-100:2], s[5:1], s[5:1:-1], s[::-4])
print(s + "!", "ab" * 3, 3 * "x", "x" * 0, "x" * -2, "" * 100, "-".join(["a", "b", "c"]), "".join([]), ", ".join("abc"))
print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "" < "a", "é" > "z", "🐍" > "日", "Z" <= "a", "x" == "x", "x" != "y")
print(sorted(["b", "B", "a", "é", "E", "_", "1", " "]), min("hello"), max("hello"))
for bad in [lambda: "a" + 1, lambda: 1 + "a", lambda: "a" * 2.0, lambda: "a" < 1, lambda: "a" - "b", lambda: "".join([1, 2]),
            lambda: "x".join("a", "b"), lambda: "abc"[3], lambda: s[str(1)], lambda: s[float(1)], lambda: ord("ab"), lambda: ord(""),
            lambda: setattr("abc", "x", 1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
try:
    s[0] = "h"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
print(repr("tab\there\nnl\\ 'q' \x00\x7f\x80\xff\u200b\u2028\U0001F600"), repr('"'), repr("'"), repr("'\""), ascii("é🐍\n"))
print(ord("a"), ord("é"), ord("🐍"), chr(97), chr(0x1F40D), chr(0), repr(chr(0x10FFFF)), hex(ord(max(s))))
print("é".encode(), "é".encode("latin-1"), "🐍".encode("utf-8"), "abc".encode("ascii"), "é".encode("ascii", "replace"),
      "é".encode("ascii", "ignore"), "é".encode("ascii", "xmlcharrefreplace"), "é€".encode("ascii", "backslashreplace"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    "x".encode("nope-codec")
except LookupError as e:
    print(type(e).__name__, e)
print(str(5), str(b"x"), str(b"x", "ascii"), str(b"\xc3\xa9", encoding="utf-8"), str(b"\xff", "utf-8", "replace"), str(), str(None))
print("%s" % "x", "abc".__len__(), "abc".__contains__("b"), "abc".__getitem__(1), "a".__add__("b"), "a".__mul__(3), "a".__rmul__(2))
print("a".__eq__(1), "a".__lt__("b"), "ab".__hash__() == hash("ab"), "x".__mod__(()), str.__new__(str, 5), "ab".__iter__().__next__())
it = iter("xyz")
print(next(it), list(it), list(reversed("abc")), "abc".index("c"), enumerate("ab").__next__())
