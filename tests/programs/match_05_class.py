# match: class patterns: __match_args__, keyword sub-patterns, inheritance, builtin types matching themselves.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z
class Plain:
    def __init__(self):
        self.a = 1
def where(p):
    match p:
        case Point3(0, 0, 0):
            return "origin3"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return "y-axis", y
        case Point(x, 0):
            return "x-axis", x
        case Point3(z=z, x=x) if z > 0:
            return "up", x, z
        case Point(_, _, ) as q:
            return "somewhere", q.x, q.y
        case Plain(a=1):
            return "plain a=1"
        case Plain():
            return "plain"
        case _:
            return "unknown"
for v in [Point(0, 0), Point3(0, 0, 0), Point(0, 5), Point(4, 0), Point3(1, 2, 3), Point3(1, 2, -3), Point(7, 8), Plain(), 5]:
    print(where(v))
pl = Plain()
pl.a = 2
print(where(pl))

def builtin(v):
    match v:
        case bool(b):
            return "bool", b
        case int(0):
            return "int zero"
        case int(n):
            return "int", n
        case float(f):
            return "float", f
        case str(s):
            return "str", s
        case bytes(b):
            return "bytes", b
        case list([a, *_]):
            return "list starting", a
        case tuple(t):
            return "tuple", t
        case dict({"k": k}):
            return "dict k", k
        case set() | frozenset():
            return "set", len(v)
        case list():
            return "empty list"
        case dict():
            return "dict"
    return "none"
for v in [True, 0, 5, 2.5, "s", b"b", [9, 8], [], (1, 2), {"k": 1}, {"j": 2}, {1}, frozenset(), None]:
    print(repr(v), builtin(v))

class MyList(list):
    pass
ml = MyList()
match ml:
    case list(n):
        print("list subclass matches self", n is ml, type(n).__name__)
class WithArgs(list):
    __match_args__ = ("tag",)
    tag = "t"
w = WithArgs([4])
match w:
    case WithArgs(r):
        print("__match_args__ overrides self-matching", r)
class Lazy:
    __match_args__ = ("missing",)
match Lazy():
    case Lazy(x):
        print("no attribute matched?")
    case Lazy():
        print("missing attribute means no match")
class Prop:
    __match_args__ = ("v",)
    @property
    def v(self):
        return "computed"
match Prop():
    case Prop(v):
        print("property", v)
match Point(1, Point(2, 3)):
    case Point(a, Point(b, c)):
        print("nested class", a, b, c)
match [Point(1, 2), {"p": Point(3, 4)}]:
    case [Point(x=a), {"p": Point(y=b)}]:
        print("in sequence and mapping", a, b)
class Ns:
    Point = Point
match Point(5, 6):
    case Ns.Point(x, y):
        print("dotted class", x, y)
