# match: mapping patterns (with **rest), class patterns (positional via __match_args__, keyword), as-patterns.
def mp(m):
    match m:
        case {"type": "point", "x": x, "y": y}:
            return "point", x, y
        case {"type": "circle", "r": r, **rest}:
            return "circle", r, sorted(rest.items())
        case {"items": [first, *_]}:
            return "items", first
        case {}:
            return "some mapping", len(m)
    return "not mapping"
print(mp({"type": "point", "x": 1, "y": 2, "extra": 0}))
print(mp({"type": "circle", "r": 5, "color": "red", "z": 1}))
print(mp({"items": ["a", "b"]}))
print(mp({"type": "square"}))
print(mp([("type", "point")]))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
def cls(p):
    match p:
        case Point3(0, 0, 0):
            return "origin3"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return "on y axis at %r" % yy
        case Point(xx, 0):
            return "on x axis at %r" % xx
        case Point3(x, y, z=z) if z > 0:
            return "above", x, y, z
        case Point() as pt:
            return "point at", pt.x, pt.y
        case int(n) | float(n):
            return "number", n
        case str() as s:
            return "string", s
        case [Point(x=a), Point(x=b)]:
            return "two points", a, b
        case {"p": Point(x, y)}:
            return "dict point", x, y
        case _:
            return "unknown"
for v in [Point(0, 0), Point3(0, 0, 0), Point(0, 7), Point(3, 0), Point3(1, 2, 3), Point3(1, 2, -3), Point(4, 5),
          7, 2.5, "hi", [Point(1, 1), Point(2, 2)], {"p": Point(8, 9)}, None]:
    print(cls(v))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 5:
        case len():
            pass
except TypeError as e:
    print(type(e).__name__, e)
match 3:
    case bool():
        print("bool")
    case int(x) if x > 2:
        print("int > 2", x)
match True:
    case int():
        print("True is int")
