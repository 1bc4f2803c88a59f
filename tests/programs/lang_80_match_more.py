# match: class patterns with builtins, keyword patterns, nested captures, guards with side effects.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center, self.radius = center, radius

def describe(shape):
    match shape:
        case Circle(Point(0, 0), r):
            return "circle at origin r=%s" % r
        case Circle(center=Point(x=cx), radius=r) if r > 10:
            return "big circle x=%s" % cx
        case Circle(Point() as c, r):
            return "circle at (%s,%s)" % (c.x, c.y)
        case Point(x, y) if x == y:
            return "diagonal point %s" % x
        case Point(x=0) | Point(y=0):
            return "on an axis"
        case Point():
            return "some point"
        case _:
            return "unknown"
for s in [Circle(Point(0, 0), 1), Circle(Point(5, 1), 20), Circle(Point(2, 3), 1),
          Point(4, 4), Point(0, 9), Point(3, 0), Point(1, 2), "nope"]:
    print(describe(s))

def builtins(v):
    match v:
        case bool(b):
            return "bool", b
        case int(i):
            return "int", i
        case float(f):
            return "float", f
        case str() as s if s.isdigit():
            return "digit string", s
        case str(s):
            return "str", s
        case bytes(b):
            return "bytes", b
        case list([*items]):
            return "list", len(items)
        case tuple((a, b)):
            return "pair", a + b
        case dict({"id": ident}):
            return "dict id", ident
        case set() | frozenset():
            return "set-like", len(v)
    return "other", None
for v in [True, 3, 2.5, "42", "abc", b"x", [1, 2, 3], (1, 2), {"id": 7}, {1}, frozenset(), None]:
    print(builtins(v))

calls = []
def guard(tag, result):
    calls.append(tag)
    return result
match [1, 2]:
    case [a, b] if guard("first", False):
        pass
    case [a, b] if guard("second", True):
        print("second case, a=%s b=%s" % (a, b))
print(calls)

match {"user": {"name": "ann", "roles": ["admin", "dev"]}}:
    case {"user": {"name": str(name), "roles": ["admin", *rest] as roles}}:
        print("admin", name, rest, roles)
    case _:
        print("no match")
try:
    exec("match 1:\n    case [*a, *b]:\n        pass\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("match 1:\n    case x:\n        pass\n    case 2:\n        pass\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("match 1:\n    case a | b:\n        pass\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("match 1:\n    case (x, x):\n        pass\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match 5:
        case len(x):
            pass
except TypeError as e:
    print("TypeError:", e)
