# bytes methods round two: search with int needles, replace, split/rsplit/splitlines, strip, justify, case, predicates.
b = b"Hello, World! hello\tbytes\r\nend"
print(b.find(b"llo"), b.find(108), b.rfind(b"l"), b.rfind(108), b.index(b"W"), b.rindex(0x6c), b.count(b"l"), b.count(108), b.count(b""))
print(b.find(b"o", 5, 10), b.find(b"", 100), b.startswith(b"Hell"), b.startswith((b"x", b"He")), b.endswith(b"end"), b.endswith(b"d", 0, 5))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2), b.replace(b"", b"."), b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b.split(), b.split(b"l"), b.split(b"l", 2), b.rsplit(b"l", 2), b.split(maxsplit=1), b.rsplit(None, 1), b.splitlines(), b.splitlines(True))
print(b"  x \t\n".strip(), b"xxhixx".strip(b"x"), b"<a>".lstrip(b"<"), b"<a>".rstrip(b">"), b"\x0b\x0cA\x1c".strip(), b"abc".strip(None))
print(b"ab".center(6, b"*"), b"ab".ljust(5), b"ab".rjust(5, b"0"), b"-5".zfill(4), b"a\tb".expandtabs(4), b"ab".center(1))
print(b"key=v".partition(b"="), b"a=b=c".rpartition(b"="), b"x".partition(b"="), b"pre_x".removeprefix(b"pre_"), b"x.py".removesuffix(b".py"))
for s in [b"abc", b"ABC", b"Abc Def", b"123", b"a1", b"", b" \t", b"\x80", b"aB1", b"Hello World"]:
    print(s, s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isascii())
print(b"\xe9\xc9".upper(), b"\xe9".isalpha(), b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"".join([]), b",".join((b"x",)))
for bad in [lambda: b.find("l"), lambda: b.find(256), lambda: b.find(-1), lambda: b.replace("a", "b"), lambda: b.split(""),
            lambda: b.split(b""), lambda: b"x".center(5, b"ab"), lambda: b"x".join([1]), lambda: b"x".join(["a"]), lambda: b.index(b"zz"),
            lambda: b.rindex(122), lambda: b.startswith("H"), lambda: b.strip("x"), lambda: b.count(1.5), lambda: b"a".partition(b"")]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"abcdef".translate(None, b"ace"), b"aXbX".translate(None, delete=b"X"))
try:
    bytes.maketrans(b"ab", b"x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"a".translate(b"short")
except ValueError as e:
    print(type(e).__name__, e)
