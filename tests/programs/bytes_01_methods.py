# bytes methods: searching, splitting, stripping, padding, case, predicates.
h = b"hello world, hello bytes"
for args in [(b"hello",), (b"hello", 1), (b"hello", 1, 10), (b"",), (b"", 30), (b"", 24), (111,), (b"o", -5), (b"o", -100, -3)]:
    print(args, h.find(*args), h.rfind(*args), h.count(*args))
for a in [b"he", b"bytes", (b"x", b"hello"), (), b""]:
    print(a, h.startswith(a), h.endswith(a), h.startswith(a, 13), h.endswith(a, 0, 5))
for s in [b"a,b,,c", b"", b",", b"  a  b  ", b"a b\tc\nd\x0be\x0cf\rg"]:
    print(s.split(b","), s.split(), s.rsplit(None, 1), s.split(b",", 1), s.rsplit(b",", 1), s.split(maxsplit=0))
print(b"a\nb\r\nc\rd\n".splitlines(), b"a\nb\r\nc\rd\n".splitlines(keepends=True), b"".splitlines(), b"\n".splitlines())
print(b"x--y--z".partition(b"--"), b"x--y--z".rpartition(b"--"), b"xyz".rpartition(b"-"), b"xyz".partition(b"-"))
print(b"  \t hi \n".strip(), b"xxhixx".strip(b"x"), b"xxhixx".lstrip(b"x"), b"xxhixx".rstrip(b"x"), b"abc".strip(None))
print(b"ab".center(7), b"ab".center(7, b"-"), b"abc".center(6, b"*"), b"ab".center(1), b"ab".ljust(4, b"."), b"ab".rjust(4))
print(b"+5".zfill(4), b"-".zfill(3), b"".zfill(2), b"abc".zfill(2), b"12".zfill(-1))
print(b"a\tbc\td\n\te".expandtabs(), b"a\tb".expandtabs(0), b"a\tb".expandtabs(tabsize=3), b"\t".expandtabs(-1))
print(b"aaaa".replace(b"a", b"bb", 2), b"abc".replace(b"", b"-"), b"abc".replace(b"", b"-", 2), b"abc".replace(b"x", b"y"), b"aaa".replace(b"aa", b"b"))
print(b"hello World 42".upper(), b"hello World 42".lower(), b"hello wORLD 42x".title(), b"hELLO".capitalize(), b"AbC\xff".swapcase())
print(b"they're bill's".title(), b"\xe9abc".title(), b"123abc".capitalize())
for s in [b"", b"abc", b"ABC", b"Abc", b"Abc Def", b"abc1", b"123", b" \t", b"\x80", b"A1 B2", b"aBc"]:
    print(s, s.isalnum(), s.isalpha(), s.isascii(), s.isdigit(), s.islower(), s.isupper(), s.isspace(), s.istitle())
t = bytes.maketrans(b"abc", b"ABC")
print(len(t), t[97:100], b"aabbcc".translate(t), b"aabbcc".translate(t, b"b"), b"aabbcc".translate(None, delete=b"ac"))
print(b"abc".removeprefix(b"ab"), b"abc".removesuffix(b"bc"), b"abc".removeprefix(b""), b"abc".removesuffix(b"abcd"))
print(b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"".join(iter([b"x", b"y"])), b", ".join(()))
print(b"abc".index(b"c"), b"abcabc".rindex(b"b"), b"abc".index(98), b"abcabc".index(b"c", 3))
print(b"\x00\x0f\xff".hex(), b"abcdef".hex(":", 2), b"abcdef".hex(":", -4), b"abcdef".hex(b"|", 3), b"".hex(":"), b"ab".hex(sep="-"))
print(bytes.fromhex(""), bytes.fromhex(" 01 02\t03\n"), bytes.fromhex("aBcD"), bytearray.fromhex("ff"))
print(b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("latin-1"), b"abc".decode("ascii"), b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode(errors="backslashreplace"), b"a\xffb".decode("ascii", "ignore"))
for bad in [lambda: b"abc".find(), lambda: b"abc".count(b"a", 1, 2, 3), lambda: b"abc".split(b""), lambda: b"a".center(3, b"ab"),
            lambda: b"a".join([b"x", 1]), lambda: b"a".join(5), lambda: bytes.fromhex("0g"), lambda: bytes.fromhex("1"),
            lambda: b"a".translate(b"short"), lambda: bytes.maketrans(b"ab", b"c"), lambda: b"a".hex("::"), lambda: b"a".upper(1),
            lambda: b"a".replace(b"a"), lambda: b"a".startswith(["a"]), lambda: b"a".find("a"), lambda: b"a".index(b"b"),
            lambda: b"a".decode("nope"), lambda: b"\xff".decode("ascii"), lambda: b"\xc3".decode(), lambda: b"a\xe2\x82".decode(),
            lambda: b"a".strip("a"), lambda: b"a".zfill(), lambda: b"a".removeprefix(1), lambda: b"a".expandtabs(1.5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
