# str methods on non-ASCII text: case mapping rules, predicates, character indices, codecs,
# translate/maketrans, str subclasses and explicit dunder calls.
print("-- case mapping")
words = ["stra\u00dfe", "\u01c6emal", "\u01c4EMAL", "\ufb01nance", "\u0130stanbul", "\u039f\u0394\u039f\u03a3",
         "\u03a3\u0391\u03a3 \u03a3", "\u1f80\u03b9", "\u10d0\u10d1\u10d2", "\u13a0\uab70", "\u0149", "caf\u00e9 \u00c9t\u00e9"]
for w in words:
    print(w, "|", w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print("\u03a3".lower(), "A\u03a3".lower(), "A\u03a3b".lower(), "A\u03a3.".lower(), "A\u03a3'S".lower(), "\u03a3\u03a3".lower())
print("they're bill's friends".title(), "hello wORLD 3rd".title(), "\u00df".title(), "\u00dfa".title(), "a\u00df".title())
print("\u01c5".istitle(), "\u01c5".isupper(), "\u01c5".islower(), "Ab Cd".istitle(), "AB".istitle(), "1A".istitle(), "".istitle())
print("\u00e9\u00e8".islower(), "\u00c9\u00c8".isupper(), "\u0295".islower(), "\u00aa".islower(), "\u2160".isupper(), "\u24b6".isupper())
print("ABC".isupper(), "aBC".isupper(), "123".isupper(), "a1".islower(), "A1".islower())

print("-- predicates")
samples = ["abc", "\u00e9t\u00e9", "\u65e5\u672c", "\u2167", "\u00b2", "\u00bd", "\u4e00", "\u0663\u0664", "12", "1.5",
           "\u0301", "\u1885", "\u2118x", "_a1", "1a", "a\u00b7", "\u2028", "\x1c\x1d", " \t\n", "a b", "\u200b", "\U0001f600", ""]
for t in samples:
    flags = [t.isalpha(), t.isdecimal(), t.isdigit(), t.isnumeric(), t.isalnum(), t.isspace(),
             t.isprintable(), t.isidentifier(), t.isascii(), t.isupper(), t.islower()]
    print(ascii(t), "".join("1" if f else "0" for f in flags))

print("-- character indices")
s = "h\u00e9llo w\u00f6rld \u65e5\u672c\u8a9e \u65e5\u672c"
print(len(s), s.find("w\u00f6"), s.find("l", 3), s.rfind("\u65e5\u672c"), s.index("\u672c"), s.rindex("l"), s.count("\u65e5"))
print(s.find("", 5), s.rfind(""), s.find("o", -5), s.count("l", 1, -10), s.find("\u8a9e", 0, 14), s.find("\u8a9e", 0, 15))
print(s.startswith("\u00e9l", 1), s.endswith("\u65e5", 0, -1), s.startswith(("x", "w\u00f6"), 6), s[1:4], s[-2:])
print(s.partition("\u00f6"), s.rpartition("\u65e5"), s.split("\u65e5"), s.rsplit(" ", 1))
print("a\u3000b\u2003c\u2029d\x85e".split(), "x\u2028y\u2029z\r\nw".splitlines(), "x\u2028y".splitlines(True))
print("\u3000 pad \u2003".strip(), "\u00e9\u00e9x\u00e9".strip("\u00e9"), "\u65e5ab\u65e5".lstrip("\u65e5"), "abc\u00e9\u00e9".rstrip("\u00e9c"))
print("\u00e9".center(6, "\u2500"), "\u65e5".ljust(3, "*") + "|", "-\u00e9".zfill(4), "\u00e9\t\u00e9\tx".expandtabs(4))
print("\u00e9a\u00e9a".replace("\u00e9", "E"), "\u00e9\u00e9".replace("", "-"), "\u00e9\u00e9\u00e9".replace("\u00e9", "", 2))
print("\u00e9t\u00e9".removeprefix("\u00e9"), "\u00e9t\u00e9".removesuffix("t\u00e9"), "-".join("\u65e5\u672c\u8a9e"))

print("-- codecs")
t = "caf\u00e9 \u20ac5 \U0001f600"
print(t.encode(), t.encode("UTF8"), len(t.encode("utf_8")))
for handler in ["ignore", "replace", "xmlcharrefreplace", "backslashreplace"]:
    print(handler, t.encode("ascii", handler), t.encode("latin-1", handler))
print("caf\u00e9".encode("latin-1"), "caf\u00e9".encode("iso-8859-1"), "abc".encode("US-ASCII"), "ab".encode(encoding="L1"))
raw = b"caf\xc3\xa9 \xff\xfe ok \xe2\x82"
for handler in ["ignore", "replace", "backslashreplace"]:
    print(handler, ascii(str(raw, "utf-8", handler)), ascii(str(raw, "ascii", handler)))
print(str(b"caf\xe9", "latin-1"), str(b"abc", encoding="ascii"), str(b"x", errors="strict"), str(object=b"x"), str(encoding="utf-8"))
print(str(t.encode(), "utf-8") == t, str(t.encode("latin-1", "replace"), "latin-1"))

print("-- translate and maketrans")
table = str.maketrans("abc", "xyz", "d")
print(sorted(table.items()))
print("abcdabcd".translate(table), "\u00e9l\u00e8ve".translate({ord("\u00e9"): "e", ord("\u00e8"): "e"}))
print(sorted(str.maketrans({"a": "1", 98: None, "\u00e9": 101}).items()))
print("hello".translate({104: "J", 108: None}), "abc".translate([]), "abc".translate("zz"), "abc".translate({97: True}) == "\x01bc")
calls = []
class Tracer:
    def __getitem__(self, k):
        calls.append(k)
        if k == 98:
            return "\u00e9"
        raise LookupError(k)
print("aabba".translate(Tracer()), calls)
calls.clear()
print("aab\u00e9".translate(Tracer()), calls)

print("-- subclasses and dunders")
class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("Ada Lovelace")
print(n, n.shout(), n.split(), n.lower(), type(n.lower()).__name__, type(n.__str__()).__name__, n == "Ada Lovelace")
print(len(n), n[0:3], "Love" in n, n.find("L"), "{0} {0!r} {0:>14}".format(n), repr(n), type(str(n)).__name__)
print(Name(), Name(b"hi", "ascii") + "?", type(Name(5)).__name__, str.upper(n), Name.lower("ABC"))
print("ab".__len__(), "ab".__contains__("b"), "ab".__add__("cd"), "ab".__mul__(3), "ab".__rmul__(2), "ab".__getitem__(-1))
print("%s=%d".__mod__(("x", 1)), "x".__rmod__("<%s>"), "x".__rmod__(3), "ab".__getitem__(slice(None, None, -1)))
print("a".__eq__("a"), "a".__ne__("b"), "a".__lt__("b"), "b".__le__("a"), "b".__gt__("a"), "a".__ge__("b"), "a".__eq__(1))
print(list("h\u00e9".__iter__()), "h\u00e9\n".__repr__(), "h\u00e9".__str__(), "x".__format__("^5"), "ab".__getnewargs__())
print("abc".__hash__() == hash("abc"), str.__hash__("x") == hash("x"), "b".maketrans("b", "c"))
