# match: class patterns (positional via __match_args__, keyword), guards, nested and or-patterns.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Line:
    __match_args__ = ("start", "end")

    def __init__(self, start, end):
        self.start = start
        self.end = end


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


def describe(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x, 0) | Point(0, x):
            return f"on an axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=px, y=py) if px < 0 or py < 0:
            return f"negative quadrant ({px}, {py})"
        case Point():
            return "some point"
        case Line(Point(x1, y1), Point(x2, y2)) if x1 == x2:
            return f"vertical x={x1} len={abs(y2 - y1)}"
        case Line(start=Point(y=0), end=Point(y=0)):
            return "along the x axis"
        case Line(_, end) :
            return f"line ending at {end.x},{end.y}"
        case Circle(Point(x=0, y=0), r) if r > 10:
            return "big circle at origin"
        case Circle(c, radius=r):
            return f"circle r={r} at {c.x},{c.y}"
        case int(n) | float(n) if n > 100:
            return f"big number {n}"
        case int() | float():
            return "number"
        case str() as s if s.isdigit():
            return f"digit string {s}"
        case [Point() as p, *others]:
            return f"points starting at {p.x} (+{len(others)})"
        case {"kind": "point", "x": int(x), **rest}:
            return f"dict point {x} extra={sorted(rest)}"
        case _:
            return f"unknown {type(shape).__name__}"


cases = [Point(0, 0), Point(3, 0), Point(0, 7), Point(2, 2), Point(-1, 5), Point(1, 2),
         Line(Point(1, 1), Point(1, 9)), Line(Point(0, 0), Point(5, 0)), Line(Point(1, 2), Point(3, 4)),
         Circle(Point(0, 0), 11), Circle(Point(1, 1), 2), 500, 2.5, 1000.0, "123", "abc",
         [Point(4, 4), Point(1, 1)], [], {"kind": "point", "x": 3, "z": 1, "a": 2}, None]
for c in cases:
    print(describe(c))


class Bad:
    __match_args__ = ("a",)


try:
    match Bad():
        case Bad(x, y):
            pass
except TypeError as e:
    print("TypeError", e)
try:
    match 5:
        case int(a, b):
            pass
except TypeError as e:
    print("TypeError", e)
try:
    match Point(1, 2):
        case Point(1, x=1):
            pass
except TypeError as e:
    print("TypeError", e)
