# Builtins: all, any, bin, callable, chr, ord, divmod, hex, oct, abs, ascii, and their error messages.
print(all([]), all([1, 2]), all([1, 0]), any([]), any([0, None, ""]), any(x > 2 for x in range(5)))
print(all(iter("abc")), any({0: 1}), all({0: 1}))
print(bin(0), bin(10), bin(-10), bin(2 ** 65), hex(0), hex(-1), hex(2 ** 64), oct(-8), oct(64))
for f, arg in [(bin, 1.5), (hex, "a"), (oct, None), (chr, -1), (chr, 0x110000), (chr, "a"), (ord, ""), (ord, "ab"), (ord, 5)]:
    try:
        print(f(arg))
    except (TypeError, ValueError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)
print(chr(65), chr(0x1F600), chr(0), repr(chr(127)), ord("A"), ord("é"), ord("\U0001F600"), ord(b"a"), ord(bytearray(b"z")))
print(callable(len), callable(print), callable(int), callable(5), callable(lambda: 0), callable("s".upper), callable(None))
class CallMe:
    def __call__(self):
        return "called"
class NotCall:
    pass
print(callable(CallMe()), callable(NotCall()), callable(NotCall), CallMe()())
try:
    NotCall()()
except TypeError as e:
    print(type(e).__name__, e)
five, text = 5, "abc"
try:
    five()
except TypeError as e:
    print(type(e).__name__, e)
try:
    text()
except TypeError as e:
    print(type(e).__name__, e)
print(divmod(10, 3), divmod(-10, 3), divmod(10.5, 3), divmod(0, 5))
print(abs(-5), abs(-5.5), abs(3 + 4j), abs(True), abs(-0.0), abs(-2 ** 70))
print(ascii("plain"), ascii("tab\t"), ascii("é"), ascii(["ñ", 1]), ascii({"k": "\u2603"}))
print(len("abc"), len([1, 2]), len({}), len(range(10, 0, -3)), len(b"\x00"), len({1: 2, 3: 4}))
for bad in [5, None, iter([])]:
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(isinstance(5, int), isinstance(5, (str, float)), isinstance(True, int), isinstance(int, type), isinstance([], (list, tuple)))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(type, object))
try:
    isinstance(5, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(5, int)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(5, int | str), issubclass(bool, int | None), int | str)
print(type(5), type("s"), type(None), type(type), type(print).__name__, type(len).__name__, type(lambda: 0).__name__)
print(id(5) == id(5), hash(5), type(id(object())).__name__)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101)), sum((), start=5))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
print(max(3, 7, 5), max([1, 9, 2]), max("hello"), max([], default="empty"), max([3, 4], key=lambda x: -x), min(4, 2, key=str))
for call in [lambda: max([]), lambda: min(), lambda: max(1), lambda: min([], default=1, key=None, x=1)]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
