# str.format and str.format_map: field syntax, numbering, nested specs, conversions, lookups, errors.
def check(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
    def __str__(self):
        return "(%s, %s)" % (self.x, self.y)
    def __format__(self, spec):
        if spec == "":
            return str(self)
        return "<" + spec + ":" + format(self.x, spec) + "," + format(self.y, spec) + ">"

class Bag:
    def __getitem__(self, key):
        return "item[" + repr(key) + "]"

class Defaults(dict):
    def __missing__(self, key):
        return "?" + key + "?"

p = Point(3, -4)
print("-- numbering")
print("{} {} {}".format("a", "b", "c"))
print("{2}{1}{0}{1}{2}".format("x", "y", "z"))
print("{name} is {age} ({0})".format("ok", name="Ann", age=7))
print("{} and {kw} and {}".format(1, 2, kw="k"))
check("auto then manual", lambda: "{}{0}".format(1, 2))
check("manual then auto", lambda: "{0}{}".format(1, 2))
check("index out of range", lambda: "{2}".format(1, 2))
check("auto out of range", lambda: "{}{}".format(1))
check("empty args", lambda: "{}".format())
check("missing name", lambda: "{missing}".format(1, other=2))
check("spaces are names", lambda: "{ 0}".format(1))
check("negative is a name", lambda: "{-1}".format(1))
check("too many digits", lambda: "{99999999999999999999}".format())
check("unicode digits", lambda: "{\u0663}".format(0, 1, 2, 3))

print("-- escapes and braces")
print("{{}} {{{}}} {{0}} }}{{".format(5))
check("single close", lambda: "a}b".format())
check("single open", lambda: "ab{".format())
check("close after field", lambda: "{0}}".format(1))
check("open in name", lambda: "{0{}}".format(1))
check("unterminated", lambda: "{0".format(1))
check("unterminated index", lambda: "{0[1}".format([1, 2]))

print("-- conversions")
print("{!r} {!s} {!a}".format("q\u00e9", "q\u00e9", "q\u00e9"))
print("{0!r:>12}|{0!s:^9}|{1!r}".format(p, [1, "x"]))
check("unknown conversion", lambda: "{!x}".format(1))
check("non-ascii conversion", lambda: "{!\u00e9}".format(1))
check("conversion then junk", lambda: "{!rr}".format(1))
check("unterminated conversion", lambda: "{0!r".format(1))
check("empty conversion", lambda: "{!}".format(1))
check("conversion at end", lambda: "{0!".format(1))

print("-- specs")
print("[{:>8}] [{:<8}] [{:^8}] [{:*^9}] [{:08.3f}] [{:+d}] [{:,}] [{:x}] [{:#o}] [{:e}] [{:%}]".format(
    "r", "l", "c", "mid", 3.14159, 42, 1234567, 255, 8, 12345.678, 0.25))
print("[{:\u00e9^7}] [{:10}] [{:<5}] [{:5}]".format("x", "text", 12, True))
print("{:{}}|{:{}{}}|{:>{w}.{p}f}".format("a", 5, "b", ">", 4, 3.14159, w=9, p=2))
print("{0:{1}}|{0:{2}}".format(7, "<4", "^5"))
print("{:{}}{}".format("a", 3, "b"))
print("{p} {p:.1f} {p:>5d}".format(p=p))
check("nested auto then manual", lambda: "{:{1}}".format("a", 5))
check("nested manual then auto", lambda: "{0:{}}".format("a", 5))
check("nested missing", lambda: "{:{}}".format(1))
check("nested name missing", lambda: "{0:{w}}".format(1))
check("recursion", lambda: "{:{:{}}}".format(1, 2, 3))
check("unmatched spec", lambda: "{:{".format(1))
check("escaped in spec", lambda: "{0:{{}}}".format(1))
check("bad code for str", lambda: "{:d}".format("x"))
check("bad code for float", lambda: "{:d}".format(1.5))
check("spec for None", lambda: "{:>5}".format(None))
check("spec for list", lambda: "{:5}".format([1]))
check("empty spec", lambda: "{:}|{!s:}".format(1, 2))

print("-- attributes and items")
data = {"k": [10, 20, {"deep": "yes"}], "n": 5}
print("{0[k][2][deep]} {0[n]} {0[k][1]}".format(data))
print("{.x}/{.y} {pt.x}".format(p, p, pt=p), "{0.dims}/{0.y}".format(p))
print("{[0]} {[-1]}".format(Bag(), Bag()), "{0[12]} {0[abc]}".format(Bag()))
print("{[1]}".format("xyz"), "{0[0]}{0[2]}".format("xyz"))
check("attr missing", lambda: "{0.z}".format(p))
check("empty attr", lambda: "{0.}".format(p))
check("double dot", lambda: "{0..x}".format(p))
check("empty index", lambda: "{0[]}".format([1]))
check("junk after index", lambda: "{0[0]x}".format([1]))
check("negative index is a key", lambda: "{0[-1]}".format([1, 2]))
check("index out of range", lambda: "{0[5]}".format([1, 2]))
check("key missing", lambda: "{0[nope]}".format({}))
check("bracket in name", lambda: "{0]}".format([1]))

print("-- format_map")
print("{a} {b[0]} {c.x}".format_map({"a": 1, "b": [2], "c": p}))
print("{name} is {unknown}".format_map(Defaults(name="Bo")))
print("{x}".format_map(Bag()))
check("positional in map", lambda: "{}".format_map({}))
check("numbered in map", lambda: "{0}".format_map({}))
check("missing key", lambda: "{x}".format_map({}))
check("not a mapping", lambda: "{x}".format_map(None))

print("-- misc")
print(str.format("{}-{}", "a", "b"), "{self}".format(self="me"), "".format(1, 2, x=3))
print("{0}{0}{0}".format("ab") == "ab" * 3, "{:>3}{:<3}|".format("\u65e5", "\u672c"))
table = [("apple", 3, 0.5), ("kiwi", 12, 0.25)]
for row in table:
    print("{:<8}|{:>4d}|{:>6.2f}|{!r:>9}".format(*row, row[0]))
