# printf-style % formatting of str: all conversions, flags, * width/precision, mapping keys and the error messages.
print("%d %i %u" % (42, -42, 7), "%o %x %X" % (8, 255, 255), "%#o %#x %#X" % (8, 255, 255), "%e %E" % (12345.678, 0.000123))
print("%f %F %.0f %.3f %10.2f|%-10.2f|%+.1f % .1f" % (3.14159, 2.5, 2.5, 1/3, 9.876, 9.876, 2.0, 2.0))
print("%g %G %.3g %g %g %#g" % (0.0001, 1e-10, 123456, 1e16, 123456789, 1.0))
print("%s %r %a" % ("é", "é", "é"), "%c%c%c" % (72, "i", 0x1F40D), "%%", "%5s|%-5s|%.2s|%5.1s|" % ("ab", "ab", "abcdef", "xyz"))
print("%05d|%-5d|%+5d|% d|%+ d|%-05d|%5.3d|%.0d|" % (42, 42, 42, 42, 42, 42, 7, 0))
print("%*d|%-*d|%.*f|%*.*f|" % (5, 1, 5, 2, 2, 3.14159, 8, 3, 2.71828))
print("%(name)s is %(age)d, %(age)05.1f%%" % {"name": "Al", "age": 33}, "%(x)r %(x)s" % {"x": [1]})
print("%d" % 3.99, "%x" % 2**70, "%d" % True, "%s" % (1, ), "%s" % [1, 2], "%s %s" % ("a", ("t", "u")), "%r" % (("t",),))
print("%.3d" % -5, "%#.3o" % 8, "%#5x" % 0, "%x" % -255, "%#x" % -255, "%c" % 10, "%-#8.3e|" % 12.5)
print("%s" % {"k": "v"}, "no args" % (), "%s" % "only", "%(a)s%%" % {"a": 1}, "%i" % 10**25, "%e" % 10**25)
bad = [("%d", "x"), ("%d", (1, 2)), ("%s %s", (1,)), ("%", ()), ("%z", (1,)), ("%(k)s", (1,)), ("%(k)s", {}),
       ("%c", "ab"), ("%c", -1), ("%c", 0x110000), ("%c", 1.5), ("%*d", ("x", 1)), ("%.*f", (1.5, 1.0)), ("%x", 1.5),
       ("%o", "8"), ("%d %(x)s", {"x": 1}), ("%s", ()), ("%(a", {"a": 1}), ("%f", "1.0"), ("abc", (1,)), ("%i", None), ("%5", 1),
       ("%.*f", (2**62, 1.0)), ("%d", [1])]
for fmt, args in bad:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
class R:
    def __repr__(self):
        return "R!"
    def __str__(self):
        return "S!"
    def __int__(self):
        return 5
    def __index__(self):
        return 6
    def __float__(self):
        return 7.5
r = R()
print("%s %r %d %x %f %i %a" % (r, r, r, r, r, r, r))
print("%s" % b"bytes", "%a" % "日本", "%r" % "日本", "%-6r|" % "a")
