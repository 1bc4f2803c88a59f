# bytes % formatting (PEP 461).
print(b"%s|%b|%r|%a" % (b"x", bytearray(b"y"), b"z", "é"))
print(b"%d %i %u %x %X %o %e %f %g %%" % (1, -2, 3, 255, 255, 8, 1.5, 2.25, 0.0001))
print(b"%5s|%-5s|%.2s|%5.1s|" % (b"ab", b"cd", b"efgh", b"ij"))
print(b"%05d|%+d|% d|%#x|%#o|%-6.2f|" % (42, 5, 7, 255, 8, 3.14159))
print(b"%c%c%c" % (65, b"B", bytearray(b"C")), b"%c" % 0, b"%c" % 255)
print(b"%(a)s-%(b)d" % {b"a": b"A", b"b": 2}, b"%s" % memoryview(b"mv"), b"%a" % 1.5, b"%r" % [b"x"])
print(b"%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
class B:
    def __bytes__(self):
        return b"B!"
print(b"<%s>" % B(), b"%s" % (b"tuple",), b"no args" % (), b"%s" % {b"k": 1} if False else b"skip")
print(bytearray(b"%s=%d") % (b"k", 1), type(bytearray(b"%d") % 1).__name__, b"\xff%s\xfe" % b"\x00")
for fmt, arg in [(b"%s", "str"), (b"%c", 256), (b"%c", "a"), (b"%c", b"ab"), (b"%d", "x"), (b"%y", 1), (b"%s %s", (b"a",)),
                 (b"%s", (b"a", b"b")), (b"%(x)s", {"x": b"1"}), (b"%(x)s", (1,)), (b"%", ()), (b"%x", 1.5), (b"%b", 5)]:
    try:
        print(fmt % arg)
    except Exception as e:
        print(type(e).__name__, e)
