# match statements: every pattern kind in one place, with a tiny expression evaluator.
class Num:
    __match_args__ = ("value",)
    def __init__(self, value):
        self.value = value
class BinOp:
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

def evaluate(node):
    match node:
        case Num(value=v) if isinstance(v, int):
            return v
        case Num(v):
            return round(v)
        case BinOp("+", l, r):
            return evaluate(l) + evaluate(r)
        case BinOp("*", l, Num(1)):
            return evaluate(l)
        case BinOp("*", l, r):
            return evaluate(l) * evaluate(r)
        case BinOp(op, *_):
            raise ValueError("unknown op " + op)
print(evaluate(BinOp("+", Num(2), BinOp("*", Num(3), Num(4)))))
print(evaluate(BinOp("*", Num(2.6), Num(1))))
try:
    evaluate(BinOp("-", Num(1), Num(1)))
except ValueError as e:
    print("ValueError:", e)

def describe(x):
    match x:
        case None:
            return "none"
        case True | False as b:
            return "bool %s" % b
        case 0 | 0.0:
            return "zero"
        case int(n) if n < 0:
            return "negative int"
        case int() | float():
            return "number"
        case "":
            return "empty string"
        case str(s):
            return "string of %d" % len(s)
        case []:
            return "empty sequence"
        case [x]:
            return "one item %r" % (x,)
        case [first, *middle, last]:
            return "first %r last %r middle %r" % (first, last, middle)
        case {"type": "point", "x": px, "y": py}:
            return "point %s,%s" % (px, py)
        case {"type": t, **rest}:
            return "typed %s with %s" % (t, sorted(rest))
        case {}:
            return "some mapping"
        case _:
            return "other " + type(x).__name__
for v in [None, True, 0, 0.0, -3, 7, 2.5, "", "abc", [], (9,), [1, 2, 3, 4],
          {"type": "point", "x": 1, "y": 2}, {"type": "box", "w": 1, "h": 2},
          {"a": 1}, {1, 2}, b"bytes"]:
    print(repr(v), "->", describe(v))

RED, GREEN = "red", "green"
class Color:
    RED = "red"
    GREEN = "green"
def color(c):
    match c:
        case Color.RED:
            return "is red"
        case Color.GREEN:
            return "is green"
        case other:
            return "unknown " + other
print(color("red"), color("green"), color("blue"))

def nested(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as direction]:
            return "going " + direction
        case ["pick", "up", *items] if items:
            return "picking " + ", ".join(items)
        case ["drop", *_]:
            return "dropping"
        case [("quit" | "exit")]:
            return "bye"
        case _:
            return "?"
for c in ["go north", "go west", "pick up key lamp", "pick up", "drop it all", "exit", ""]:
    print(repr(c), nested(c))

match (1, (2, 3)):
    case (a, (b, c)) if a + b + c == 6:
        print("tuple destructure", a, b, c)
match "not a sequence for patterns":
    case [*_]:
        print("strings are not sequences here")
    case _:
        print("str not matched by sequence pattern")
match {"k": 1, "extra": 2}:
    case {"k": 1}:
        print("mapping patterns ignore extra keys")
match = 5
case = 6
print("soft keywords as names", match, case)
