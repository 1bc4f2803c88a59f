# match: mapping patterns: keys of several types, extra keys, **rest, dict subclasses, get() semantics.
def mp(m):
    match m:
        case {"kind": "pt", "x": x, "y": y}:
            return "point", x, y
        case {"kind": "circle", **rest}:
            return "circle", sorted(rest.items())
        case {1: one, None: n, False: t}:
            return "odd keys", one, n, t
        case {"nested": {"deep": [d, *_]}}:
            return "nested", d
        case {-1: v, 2.5: w}:
            return "numeric keys", v, w
        case {}:
            return "mapping of", len(m)
        case _:
            return "not a mapping"
for v in [{"kind": "pt", "x": 1, "y": 2, "z": 3}, {"kind": "pt", "x": 1}, {"kind": "circle", "r": 2, "c": "red"},
          {1: "a", None: "b", 0: "c"}, {"nested": {"deep": [5, 6]}}, {"nested": {"deep": []}}, {-1: "m", 2.5: "f"},
          {}, {"q": 1}, [("kind", "pt")], "kind", 3]:
    print(mp(v))

match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **rest}:
        print("rest", rest, type(rest).__name__)
match {"a": 1}:
    case {**everything}:
        print("all", everything)
match {}:
    case {**nothing}:
        print("nothing", nothing)

class D(dict):
    def get(self, key, default=None):
        print("  get", repr(key))
        return dict.get(self, key, default)
match D(x=1, y=2):
    case {"x": 1, "y": yy, **r}:
        print("dict subclass", yy, r, type(r).__name__)
class Missing(dict):
    def __missing__(self, key):
        print("  __missing__ called")
        return 0
match Missing(a=1):
    case {"b": _}:
        print("b found?")
    case {"a": a}:
        print("a found", a)
d = {"k": [1, 2]}
match d:
    case {"k": [1, 2] as seq}:
        print("as in mapping", seq, seq is d["k"])
class K:
    A = "a"
    B = "b"
match {"a": 10, "b": 20}:
    case {K.A: x, K.B: y}:
        print("dotted keys", x, y)
match {"a": 1}:
    case {"a": 2}:
        print("no")
    case {"a": 1, "b": _}:
        print("no b")
    case {"a": _}:
        print("a present")
