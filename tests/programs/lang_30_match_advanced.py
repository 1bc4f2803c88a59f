# match: class patterns for builtins, nested or/as, mapping key types, dotted values, binding on failure.
def classify(v):
    match v:
        case bool(b):
            return "bool %r" % b
        case int(i) if i < 0:
            return "negative int"
        case int():
            return "int"
        case float(f) | complex(f):
            return "number %r" % f
        case str(s) if not s:
            return "empty str"
        case str(s):
            return "str of len %d" % len(s)
        case bytes() | bytearray():
            return "binary"
        case list([*_]) | tuple([*_]):
            return "list/tuple of %d" % len(v)
        case dict({"k": val}):
            return "dict with k=%r" % (val,)
        case dict():
            return "other dict"
        case set() | frozenset():
            return "set-like"
        case None:
            return "None"
        case type():
            return "a class"
    return "unmatched"
for v in [True, -3, 7, 1.5, "", "abc", b"x", bytearray(), [1, 2], (3,), {"k": 0}, {}, {1}, frozenset(), None, int, object()]:
    print(classify(v))
class Const:
    A = 1
    B = (1, 2)
def dotted(v):
    match v:
        case Const.A:
            return "A"
        case Const.B:
            return "B"
        case {1: "one", "two": 2}:
            return "mixed keys"
        case {True: _}:
            return "True key"
    return "none"
print(dotted(1), dotted((1, 2)), dotted([1, 2]), dotted({1: "one", "two": 2, 3: 3}), dotted({1: "x"}))
def nested_as(v):
    match v:
        case [(1 | 2) as a, (3 | 4) as b] as whole:
            return a, b, whole
        case ((("x" | "y") as inner), *_) as outer:
            return inner, outer
    return None
print(nested_as([2, 4]), nested_as(["y", 1, 2]), nested_as([5, 5]))
for src in ["match x:\n    case a | b:\n        pass\n",
            "match x:\n    case [a, a]:\n        pass\n",
            "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
            "match x:\n    case {**rest, 'a': 1}:\n        pass\n",
            "match x:\n    case 1 | y:\n        pass\n",
            "match x:\n    case f(a=1, 2):\n        pass\n"]:
    try:
        compile(src, "<m>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
match = "soft keyword"
case = 5
print(match, case)
