# bytes % formatting: %b/%s with buffers, %a/%r, numeric conversions, %c, mapping keys and error messages.
print(b"%s|%b|%a|%r" % (b"x", bytearray(b"y"), "é", b"z"), b"%5s|%-5b|%.2s" % (b"ab", b"cd", b"efgh"), b"%s" % memoryview(b"mv"))
print(b"%d %i %x %X %o %#x %#o %+d % d %05d" % (42, -3, 255, 255, 8, 255, 8, 5, 5, -5), b"%e %.2f %g %G" % (1234.5, 2.345, 1e-7, 1e20))
print(b"%c%c%c" % (65, b"B", bytearray(b"C")), b"%%", b"%(k)s=%(v)d" % {b"k": b"key", b"v": 9}, b"%*d|%-*d|%.*f" % (4, 1, 4, 2, 1, 0.25))
bad = [(b"%s", "str"), (b"%b", 5), (b"%c", 256), (b"%c", b"ab"), (b"%c", "a"), (b"%d", b"1"), (b"%x", 1.5), (b"%s %s", (b"a",)),
       (b"%s", (b"a", b"b")), (b"%(k)s", {"k": b"v"}), (b"%z", (1,)), (b"%", ()), (b"%r", 1), (b"%(k)s", (1,)), (b"%f", b"1")]
for fmt, args in bad:
    try:
        print(fmt % args)
    except Exception as e:
        print(fmt, type(e).__name__, e)
print(bytearray(b"%s-%d") % (b"x", 3), type(bytearray(b"%s") % b"q").__name__, b"%a" % 1.5, b"%r" % "q", b"%s" % 1 if False else b"skip")
class HasBytes:
    def __bytes__(self):
        return b"from __bytes__"
print(b"%s" % HasBytes(), b"%b" % HasBytes(), bytes(HasBytes()))
class BadBytes:
    def __bytes__(self):
        return "not bytes"
try:
    bytes(BadBytes())
except TypeError as e:
    print(type(e).__name__, e)
