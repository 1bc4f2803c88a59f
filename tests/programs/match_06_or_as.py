# match: or-patterns and as-patterns, nested, with captures in any order.
def f(v):
    match v:
        case 1 | 2 | 3:
            return "small"
        case [1, x] | [x, 1]:
            return "has 1 and", x
        case (a, b) | {"a": a, "b": b} if a == b:
            return "pair equal", a
        case [(1 | 2) as first, *_] as whole:
            return "first", first, whole
        case ("x" | "y") as letter:
            return "letter", letter
        case {"k": (1 | 2) as k} | {"j": k}:
            return "k or j", k
        case Point(x=0 | 1 as px):
            return "point x", px
        case [[a, b] | (b, a, _)]:
            return "reordered", a, b
        case _:
            return "no"
class Point:
    __match_args__ = ("x",)
    def __init__(self, x):
        self.x = x
for v in [2, [1, 5], [6, 1], (4, 4), {"a": 7, "b": 7}, (4, 5), [1, 9, 9], [2], "y", "z", {"k": 2}, {"j": "J"},
          {"k": 5}, Point(1), Point(2), [[3, 4]], [(3, 4, 5)], None]:
    print(repr(v) if not isinstance(v, Point) else "Point", f(v))

match 5:
    case (5 as a) as b:
        print("double as", a, b)
match [1, 2]:
    case [_, _] as pair:
        print("as on sequence", pair)
match (1, 2):
    case ((1 | 2) | (3 | 4)) as t, y:
        print("nested or", t, y)
def alt_order(v):
    match v:
        case [a, b, c] | (c, b, a, 0):
            return a, b, c
    return None
print(alt_order([1, 2, 3]), alt_order((1, 2, 3, 0)), alt_order((1, 2, 3, 1)))
