# Edge cases of bytes, bytearray and memoryview: __index__ operands, empty needles past the end, reversed views, iterators, mixed comparisons.
class Idx:
    def __index__(self): return 2
tests = ['Idx() * b"ab"', 'b"ab" * Idx()', 'bytearray(b"ab") * Idx()', 'b"abc"[Idx()]', 'b"abc".center(Idx())',
 'b"a b".split(maxsplit=Idx())', 'b"abc".split(None)', 'b"abc".rsplit(sep=None, maxsplit=0)', 'b"  a  ".split(None, 0)', 'b"  a  b ".rsplit(None, 0)',
 'bytes.fromhex("a b")', 'bytes.fromhex("ab cd ")', 'bytes.fromhex(" ")', 'bytes.fromhex("é")', 'bytearray(b"ab").hex(":")',
 'list(memoryview(b"ab"))', 'type(iter(memoryview(b"ab"))).__name__', 'memoryview(b"abc")[::-1].tolist()', 'memoryview(b"abcdef")[1::2][::-1].tobytes()',
 'memoryview(b"abcdef")[5:1:-2].tobytes()', 'memoryview(bytearray(b"abcdef"))[::-2].hex()', 'b"x".join([memoryview(b"a"), b"b"])',
 'b"abc" + b""', 'bytes(0)', 'b"%s" % b""', 'b"abc".endswith(b"", 3)', 'b"abc".endswith(b"", 4)', 'b"abc".startswith(b"", 4)', 'b"abc".find(b"", 3)', 'b"abc".find(b"", 4)',
 'b"abc".count(b"", 4)', 'b"abc".count(b"", 1, 2)', 'b"abc".rfind(b"", 1)', 'b"abc".index(b"", 4)', 'bytearray(b"abc").pop(-4)', 'bytearray(b"abc").insert(Idx(), 65)',
 'b"a".__eq__("a")', 'b"a".__lt__(1)', 'bytearray(b"a").__eq__(memoryview(b"a"))', 'b"a" == memoryview(b"a")', 'memoryview(b"a") == bytearray(b"a")',
 'b"abc"[1:2:0]', 'b"abc"[::-2]', 'b"abc"[-1:-4:-1]', 'bytearray(b"abc")[::-1]', 'b"a".hex(bytes_per_sep=2)', 'b"abcdefg".hex("-", 3)', 'b"abcdefg".hex("-", -3)',
 'memoryview(b"abc").hex("-", 2)', 'b"AbC".swapcase().title()', 'b"hello world".title()', 'b"a\\tb".expandtabs(4).split()', 'b"%5c|" % 65', 'b"%-3c|" % b"x"',
 'b"%.3a" % "xyz"', 'b"%5r" % b"q"', 'b"%(a)s %(a)r" % {b"a": b"v"}', 'b"%s" % [1]', 'bytes(range(3)).translate(bytes(range(255, -1, -1)))',
 'bytearray().fromhex("01")', 'bytes.fromhex.__name__', 'bytes.maketrans(bytearray(b"a"), memoryview(b"b"))[97]', 'b"a".removeprefix(bytearray(b"a"))',
 'bytes(5.0)', 'bytes(None)', 'bytes([1, 2], "utf-8")', 'bytes(b"abc", errors="x")', 'bytearray("abc", "utf-8", "strict")', 'bytearray(encoding="utf-8")',
 'b"ab" < b"ab\\x00"', 'b"\\xff" > b"\\x01"', 'min(b"b", bytearray(b"a"))', 'hash(b"") == hash("")', 'b"a" in [bytearray(b"a")]',
]
for t in tests:
    try:
        r = repr(eval(t))
        print(t, '->', r)
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
