# bytes methods: split/join/strip/find/replace/startswith, case, predicates, partition, translate, count, center.
b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" Hd"), b.split(), b.split(b","), b.rsplit(b"l", 1))
print(b"a,b,,c".split(b","), b"a b  c".split(None, 1), b"line1\nline2\r\nline3".splitlines(), b"x\ny\n".splitlines(True))
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"".join([]), b", ".join(x for x in [b"1", b"2"]))
try:
    b"-".join([b"a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
h = b"hello world"
print(h.find(b"o"), h.rfind(b"o"), h.find(b"z"), h.index(b"w"), h.count(b"l"), h.count(b"o", 5), h.find(111))
try:
    h.index(b"z")
except ValueError as e:
    print(type(e).__name__, e)
print(h.replace(b"l", b"L"), h.replace(b"l", b"", 2), h.startswith(b"he"), h.endswith((b"x", b"ld")), h.startswith(b"wor", 6))
print(h.upper(), h.title(), h.capitalize(), b"MiXeD".swapcase(), b"ABC".lower())
print(b"abc".isalpha(), b"123".isdigit(), b"ab1".isalnum(), b"  ".isspace(), b"Title Case".istitle(), b"UP".isupper(), b"".isalpha(), b"abc".isascii())
print(h.partition(b" "), h.rpartition(b"o"), h.partition(b"zz"))
print(b"abc".center(9, b"*"), b"abc".ljust(5), b"abc".rjust(5, b"0"), b"42".zfill(5), b"-7".zfill(4))
print(b"a\tb\tc".expandtabs(4), b"hello".translate(None, b"l"), b"abc".translate(bytes.maketrans(b"abc", b"xyz")))
print(b"prefix_name".removeprefix(b"prefix_"), b"name.txt".removesuffix(b".txt"), b"abc".removeprefix(b"z"))
print(b"%s and %d" % (b"x", 5), b"%05.1f" % 3.14159, b"%-4s|" % b"ab", b"%a" % "é")
print(bytes.maketrans(b"a", b"b")[97], len(bytes.maketrans(b"", b"")))
print(h[0:1] * 2, h[-5:], h[100:], list(h[:3]), h[::3], reversed(h).__class__.__name__)
print(bytes.fromhex("00ff10"), bytes(range(5)), b"abc".decode("ascii"), b"\xe2\x82\xac".decode("utf-8"))
print(b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", max([b"b", b"a"]), sorted([b"b", b"A", b"a"]))
print(b"x".join([b"1"]), b"abcabc".split(b"b", maxsplit=1), b"a1b2".strip(b"a2"), b"   ".split())
try:
    b"abc".split(b"")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"abc".replace("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc".startswith("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"%d" % "x"
except TypeError as e:
    print(type(e).__name__, e)
print(memoryview(b"abc").tobytes(), bytes(memoryview(b"xy")), b"abc".hex(), b"caf\xc3\xa9".decode("utf-8", "ignore"))
print(isinstance(b"", bytes), bytes is type(b""), b"a" * 0, b"ab".__len__(), b"ab".__contains__(b"b"))
