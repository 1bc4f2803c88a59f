# str methods: split/rsplit/partition/splitlines/strip/justify/find/count/replace/translate/case.
s = "  Hello, World! hello  "
print(s.strip(), s.lstrip(), s.rstrip(), s.strip(" Hdo"), "xxhixx".strip("x"))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a b  c".split(), " a b ".split(None, 1), "a,b,c".rsplit(",", 1))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
print("l1\nl2\r\nl3\rl4".splitlines(), "x\ny\n".splitlines(True), "".splitlines(), "a\x0bb\x1cc".splitlines())
print("abc".center(9, "*"), "abc".ljust(6, "-"), "abc".rjust(6), "42".zfill(5), "-42".zfill(5), "+4".zfill(4))
print(s.find("o"), s.rfind("o"), s.find("zz"), s.index("W"), s.count("l"), s.count("l", 5, 12), "aaa".count("aa"), "".count(""))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "abc".replace("", "-"), "aaa".replace("a", "b", 0))
tbl = str.maketrans("abc", "xyz", "d")
print("abcd".translate(tbl), sorted(tbl.items()), "hi".translate({ord("h"): "HH", ord("i"): None}))
print("hello world".title(), "Hello".swapcase(), "ß".upper(), "İ".lower() == "i̇", "ǅ".casefold(), "hELLO".capitalize())
print("abc".startswith(("x", "a")), "abc".endswith("bc", 1), "abc".startswith("b", 1), "abc".endswith(("z",)))
print("a\tb\tc".expandtabs(4), "x\ty".expandtabs(), "12\t3".expandtabs(2))
print(", ".join(["a", "b"]), "".join([]), "-".join("xyz"))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "x".removeprefix("y"))
for m in ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isupper", "islower", "istitle", "isidentifier", "isprintable", "isascii"]:
    print(m, [getattr(t, m)() for t in ["abc", "123", "½", "Ab C", " \t", "", "ABC", "a_1", "\x00", "é"]])
for bad in [lambda: "abc".index("z"), lambda: "abc".rindex("z"), lambda: "a".center(5, "ab"), lambda: "a".split(""), lambda: "a".replace(1, 2)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print("%s|%5s|%-5s|%.2s" % ("a", "b", "c", "def"), "{:>6}|{:^6}|{:<6}".format("x", "y", "z"))
print("Straße".encode(), "abc" < "abd", "a" * 0 == "", "ab" in "cabd", str(12), str(1.0), str(None))
