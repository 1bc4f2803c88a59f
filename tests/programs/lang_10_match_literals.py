# match: literal, capture, wildcard, value, or-patterns and guards.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case True:
            return "true"
        case None:
            return "none"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case b"raw":
            return "bytes"
        case n if isinstance(n, int) and n > 100:
            return "big %d" % n
        case _:
            return "other %r" % (x,)
for v in [0, 2, "hello", True, None, -1, 2.5, b"raw", 500, 50, "x", 1.0, False]:
    print(repr(v), "->", describe(v))
class Color:
    RED = "red"
    GREEN = "green"
def color(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case other:
            return "unknown " + other
print(color("red"), color("green"), color("blue"))
def guard(p):
    match p:
        case x if x < 0:
            return "negative"
        case x if x % 2 == 0:
            return "even"
        case x:
            return "odd %d" % x
print([guard(i) for i in (-3, 4, 7)])
def complex_lit(z):
    match z:
        case 1 + 2j:
            return "complex"
        case -3.5:
            return "neg float"
        case _:
            return "no"
print(complex_lit(-3.5), complex_lit(0))
calls = []
def checked(v):
    match v:
        case _ if calls.append(v) or v > 5:
            return "big"
    return "fell through"
print(checked(3), checked(9), calls)
match 42:
    case x:
        pass
print("bound", x)
match "abc":
    case "xyz" | "abc" as which:
        print("or-as", which)
