# Remaining str methods and protocols: join of subclasses, encode with errors, count/isX on empty, str subclass results, mul/contains.
class S(str):
    def extra(self):
        return "extra:" + self
s = S("Mixed Case")
print(s.extra(), type(s.upper()).__name__, type(s + "x").__name__, type(s[1:]).__name__, type(s.strip()).__name__, type(str(s)).__name__)
print(s == "Mixed Case", hash(s) == hash("Mixed Case"), {s: 1}["Mixed Case"], s.lower(), s * 2, "-".join([s, S("b")]), isinstance(s, str))
print(S("a,b").split(","), type(S("a,b").split(",")[0]).__name__, S("x").zfill(3), S("ab").replace("a", "A"), S().__len__(), repr(S("q")))
print("".join(map(str, range(5))), ",".join(sorted({"b", "a"})), "a".join(["x"]), "".join(("ab", "cd")), "|".join(str(i) for i in range(3)))
print("hello".count("l", -3), "hello".count("l", 0, 3), "".isalpha(), "".isdigit(), "".isspace(), "".isidentifier(), "".isprintable(), "".istitle())
print("abc".ljust(5).encode("utf-16-le"), "é".encode("utf-16"), "é".encode("utf-32-be"), "abc".encode(encoding="ascii", errors="strict"))
print(b"\xff\xfea\x00".decode("utf-16"), b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode("latin-1"))
print(b"a\xffb".decode("utf-8", "backslashreplace"), b"\xe2\x82".decode("utf-8", "replace"), b"\xc3\xa9".decode(), b"abc".decode("ASCII"))
try:
    b"a\xffb".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e, e.start, e.end, e.reason, e.encoding, e.object)
try:
    "é\u20ac".encode("latin-1")
except UnicodeEncodeError as e:
    print(type(e).__name__, e, e.start, e.end, e.reason)
try:
    "x".encode("utf-8", "bogus-handler") if False else "é".encode("ascii", "bogus-handler")
except LookupError as e:
    print(type(e).__name__, e)
print("a%sb" % "X", "%-3s|" % "é", "x" in "xyz", "xyz".__contains__(""), str.join(",", ["a", "b"]), str.split("a b"), str.__len__("abc"))
print("Ab".swapcase().swapcase(), "ab cd".title().istitle(), "hello world".capitalize(), "HELLO".capitalize(), "ǆ".capitalize(), "x".center(4).rstrip())
print(" ".join(reversed("a b c".split())), "".join(sorted("banana")), "banana".replace("a", "", 2), "mississippi".rstrip("ips"), "mississippi".lstrip("mis"))
