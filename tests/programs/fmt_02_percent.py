# %-formatting: %d %i %s %r %f %e %g %x %o %c %%, widths, left-justify, zero pad, signs, dict-free tuples.
print("%d %s %.2f %r %5s %-5s|" % (42, "str", 3.14159, "rep", "ab", "cd"))
print("%d" % 7, "%s" % "single", "%s" % (1,), "%s %s" % (None, True))
print("%5d|%-5d|%05d|%+d|%+d|% d" % (42, 42, 42, 42, -42, 42))
print("%x %X %o %#x %#o %08x" % (255, 255, 8, 255, 8, 3054))
print("%.3f|%10.3f|%-10.3f|%010.3f|%.0f|%.0f" % (2.71828, 2.71828, 2.71828, -2.71828, 2.5, 3.5))
print("%e|%.2e|%E|%g|%g|%g" % (12345.678, 12345.678, 0.000123, 0.0001, 1e-5, 123456789.0))
print("%c%c%c" % (72, 105, 33), "%c" % "z", "100%%", "%s%%" % 50)
print("%r %r %r" % ("q", 1.5, [1, "a"]), "%s" % [1, "a"], "%s" % ((1, 2),))
print("%i %d" % (3.99, -3.99), "%d" % True, "%s" % 2 ** 70, "%d" % 2 ** 70)
print("%3s|%-3s|%.2s|%5.1s|" % ("abcd", "x", "abcd", "abcd"))
name = "Ann"
age = 30
print("Name: %s, Age: %d, Next: %d" % (name, age, age + 1))
rows = [("a", 1, 1.0), ("bb", 22, 22.25), ("ccc", 333, 333.125)]
for r in rows:
    print("%-5s%5d%10.3f" % r)
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
print("%s and %s" % ("x", "y"), "%%d" % (), "%s" % "")
print("%.1f%%" % 99.95, "%.2f" % 1.005, "%.2f" % 0.125, "%.2f" % 0.375, "%5.1f|" % -0.05)
print("%o" % -8, "%x" % -255, "%#X" % 255, "%+.1e" % 1234.5)
print("[%6.2f]" % 3.14159, "[%-8s]" % "left", "[%8s]" % "right", "[%08.2f]" % -3.5)
