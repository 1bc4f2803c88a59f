# match with class patterns, __match_args__, guards, mappings and sequences: shapes and commands.


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Circle:
    __match_args__ = ("center", "r")

    def __init__(self, center, r):
        self.center, self.r = center, r


class Line:
    def __init__(self, a, b):
        self.a, self.b = a, b


def classify(shape):
    match shape:
        case Point(0, 0):
            return "origin point"
        case Point(x=0) | Point(y=0):
            return "point on an axis"
        case Point(x, y) if x == y:
            return f"diagonal point {x}"
        case Circle(Point(0, 0), r):
            return f"centered circle r={r}"
        case Circle(_, r) if r <= 0:
            return "degenerate circle"
        case Circle(center=Point(x=cx), r=r):
            return f"circle at x={cx} r={r}"
        case Line(a=Point() as p, b=Point() as q):
            return f"line {p.x},{p.y}->{q.x},{q.y}"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s if s.isdigit():
            return f"digit string {s}"
        case bool():
            return "unreachable bool"
        case _:
            return f"unknown {type(shape).__name__}"


for s in [Point(0, 0), Point(0, 4), Point(3, 3), Point(1, 2), Circle(Point(0, 0), 5),
          Circle(Point(1, 1), 0), Circle(Point(7, 1), 2), Line(Point(1, 2), Point(3, 4)),
          Line(1, 2), 4, 2.5, True, "123", "abc", None]:
    print(classify(s))


def command(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"moving {d}"
        case ["go", *other]:
            return f"bad direction {other}"
        case ["take", item, *rest] if rest and rest[0] == "from":
            return f"taking {item} from {' '.join(rest[1:])}"
        case ["take", item]:
            return f"taking {item}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case [verb, *_]:
            return f"unknown verb {verb!r}"


for c in ["go north", "go up down", "take lamp", "take key from old chest", "exit", "", "dance now"]:
    print(repr(c), "->", command(c))


def config(cfg):
    match cfg:
        case {"type": "db", "host": str(h), "port": int(p)}:
            return f"db {h}:{p}"
        case {"type": "cache", "size": int(n), **others} if not others:
            return f"cache {n}"
        case {"type": t}:
            return f"other type {t}"
        case _:
            return "invalid"


for c in [{"type": "db", "host": "h", "port": 5}, {"type": "db", "host": "h", "port": "5"},
          {"type": "cache", "size": 3}, {"type": "cache", "size": 3, "ttl": 1}, {}, [("type", "x")]]:
    print(config(c))


class NoArgs:
    pass


try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
