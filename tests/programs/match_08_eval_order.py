# match: the subject is evaluated once; evaluation order of checks, attribute lookups and guards.
log = []
def subject():
    log.append("subject")
    return [1, 2]
match subject():
    case [1, 3]:
        pass
    case [1, x] if log.append("guard") or True:
        log.append("body %d" % x)
print(log)

class Tracer:
    __match_args__ = ("a", "b")
    def __getattr__(self, name):
        print("  getattr", name)
        if name == "missing":
            raise AttributeError(name)
        return name.upper()
match Tracer():
    case Tracer("A", "X"):
        print("no")
    case Tracer("A", b, missing=m):
        print("no: missing")
    case Tracer(a, b, c="C"):
        print("tracer", a, b)

class Cmp:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("  compare", self.v, "with", other)
        return self.v == other
match [Cmp(1), Cmp(2)]:
    case [1, 3]:
        print("no")
    case [2, _]:
        print("no")
    case [1, 2]:
        print("matched in order")

class C:
    X = 10
for v in [10, 11]:
    match v:
        case C.X:
            print(v, "is C.X")
        case _:
            print(v, "is not C.X")

def count():
    n = 0
    def sub():
        nonlocal n
        n += 1
        return {"k": [n, n]}
    return sub
sub = count()
for _ in range(3):
    match sub():
        case {"k": [1, _]}:
            print("first")
        case {"k": [a, b]} if a == 2:
            print("second", a, b)
        case {"k": [a, *_]}:
            print("third", a)

def walk(tree):
    match tree:
        case (left, right):
            return walk(left) + walk(right)
        case leaf:
            return [leaf]
print(walk(((1, 2), (3, (4, 5)))))
def calc(expr):
    match expr:
        case ("+", a, b):
            return calc(a) + calc(b)
        case ("*", a, b):
            return calc(a) * calc(b)
        case ("-", a):
            return -calc(a)
        case int() | float() as n:
            return n
    raise ValueError(expr)
print(calc(("+", 1, ("*", 2, ("-", 3)))))
class Global:
    pass
def scope():
    match 1:
        case undefined_here:
            pass
    return undefined_here
print(scope())
