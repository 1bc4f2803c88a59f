# Format mini-language for str and for other objects: fill, alignment, width, precision (truncation), and errors.
for s in ["", "a", "hello", "日本語", "🐍x"]:
    print([format(s, spec) for spec in ["", "s", "5", "<5", ">5", "^5", "*^7", ".2", "8.3", "-<6", ">1", "0>5", "_^6", "^", "05"]])
print(f"{'x':{'*'}^{9}}", f"{'ab'!r:>6}", f"{'ab'!a:>6}", f"{'é'!a}", f"{'{'}", "{!s:.1}".format(12345))
for spec in ["d", "x", "+", " ", "#", ",", "_", "=5", "5f", "c", ".5d", "z"]:
    try:
        print(spec, repr(format("abc", spec)))
    except ValueError as e:
        print(spec, type(e).__name__, e)
print(format(None), format(True, ""), format(True, ">6"), format(True, "s") if False else "bool s n/a", format([1, 2], ""), format((1,), ""))
try:
    format(True, "s")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format((1,), "x")
except TypeError as e:
    print(type(e).__name__, e)
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec.endswith("$"):
            return "$" + format(self.v, spec[:-1] or ".2f")
        return format(self.v, spec)
m = Money(1234.5)
print(format(m, "$"), format(m, ",.1f$"), f"{m:>10}", "{0:$}|{0:.0f}".format(m), f"{m!s:.10}")
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{BadFormat()}"
except TypeError as e:
    print(type(e).__name__, e)
width, prec, val = 12, 3, 3.14159
print(f"[{val:{width}.{prec}}]", f"[{val:<{width}.{prec}f}]", f"[{'txt':^{width}}]", f"{width=}", f"{val = :.2f}", f"{width!r:>5}")
