# str.format and format_map: auto/manual numbering, attribute and index fields, conversions, nested specs, errors.
class P:
    x = 3
    y = [10, 20]
    def __format__(self, spec):
        return "P<" + spec + ">"
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
p = P()
print("{0.x} {0.y[1]} {1[key]} {1[0]} {2[-1]!r}".format(p, {"key": "v", "0": "str0", 0: "int0"}, {"-1": "m1"}))
print("{} {!r} {!s} {!a} {:spec} {!s:>8}".format(p, p, p, "é", p, p))
print("{:{w}.{p}f}|{:{fill}{align}{w}}".format(3.14159, "x", w=9, p=2, fill="*", align="^"))
print("{0:{1}}|{0:>{1}}".format("ab", 6), "{:{}}".format(5, "03"), "{:{}{}}".format(5, ">", 4))
print("{{literal}} {{{0}}} }}{{".format("in"), "{0[0]}{0[1]}".format("xy"), "{.real}".format(3 + 4j))
print("{a[b]}".format(a={"b": 1}), "{0[ b ]}".format({" b ": 2}), "{0!r:^9}".format("q"))
print("{0}{1}{0}".format("a", "b"), "".format(1, 2), "{x}".format_map({"x": 5}))
try:
    "{}".format()
except IndexError as e:
    print(type(e).__name__, e)
class Missing(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{name} is {age}".format_map(Missing(name="Al")))
bad = ["{", "}", "{0", "{0!}", "{0!x}", "{!r", "{:}}", "{0[}", "{0.}", "{0[0]x}", "{} {1}", "{1} {}", "{2}", "{x}", "{0.nope}",
       "{0[5]}", "{0:{1}}", "{:d}", "{:.2d}", "{:s}", "{:,s}", "{0:{{}}}", "{a.b[", "{0:{0:{0}}}", "{!}"]
for fmt in bad:
    try:
        print(repr(fmt), repr(fmt.format("ab")))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
try:
    "{x}".format_map({})
except KeyError as e:
    print(type(e).__name__, e)
try:
    "{0}".format_map([1])
except Exception as e:
    print(type(e).__name__, e)
print(format(p, "zz"), format(5), format("s"), format(1.5, ""), format(None, ""), format([1], ""))
try:
    format(None, "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(object(), ">5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format([1], "5")
except TypeError as e:
    print(type(e).__name__, e)
