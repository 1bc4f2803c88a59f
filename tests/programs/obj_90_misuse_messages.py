# Exact TypeError/AttributeError messages for common misuse of objects.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dist(self, other):
        return abs(self.x - other.x) + abs(self.y - other.y)


p = Point(1, 2)
cases = [
    lambda: Point(1),
    lambda: Point(1, 2, 3),
    lambda: Point(1, y=2, x=3),
    lambda: Point(1, 2, z=3),
    lambda: p.dist(),
    lambda: Point.dist(p),
    lambda: p.dist(p, p),
    lambda: p.z,
    lambda: Point.z,
    lambda: p(),
    lambda: p[0],
    lambda: len(p),
    lambda: p < p,
    lambda: p + p,
    lambda: -p,
    lambda: iter(p),
    lambda: hash([]),
    lambda: {[]: 1},
    lambda: int(p),
    lambda: float(p),
    lambda: "x" + p,
    lambda: p.x.y,
    lambda: None.attr,
    lambda: (1).real.imag.bad,
    lambda: "abc".nope(),
    lambda: [].push(1),
    lambda: object().x,
    lambda: setattr(object(), "x", 1),
    lambda: setattr(1, "x", 1),
    lambda: setattr(str, "x", 1),
    lambda: delattr(p, "nothing"),
    lambda: object.__new__(int),
    lambda: type("X", (1,), {}),
    lambda: type("X"),
    lambda: p.__class__(0),
    lambda: abs("s"),
    lambda: len(5),
    lambda: sorted([p, p]),
    lambda: max(p, p),
    lambda: p in p,
    lambda: 3 in p,
    lambda: divmod(p, 1),
    lambda: round(p),
    lambda: next(p),
    lambda: super(int, p),
    lambda: getattr(p, 5),
    lambda: [1, 2][p],
    lambda: print(*p),
    lambda: dict(p),
    lambda: Point(**{"x": 1, "y": 2, 3: 4}),
]
for i, case in enumerate(cases):
    try:
        result = case()
        print(i, "no error", result)
    except (TypeError, AttributeError, ValueError) as e:
        print(i, type(e).__name__, e)
