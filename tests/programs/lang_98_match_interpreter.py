# An interpreter for a tiny expression language using match statements.


def evaluate(node, env):
    match node:
        case int() | float() as n:
            return n
        case str(name):
            if name not in env:
                raise NameError(f"undefined: {name}")
            return env[name]
        case ("neg", x):
            return -evaluate(x, env)
        case ("+" | "-" | "*" | "/" as op, a, b):
            x, y = evaluate(a, env), evaluate(b, env)
            if op == "+":
                return x + y
            if op == "-":
                return x - y
            if op == "*":
                return x * y
            return x / y
        case ("let", str(name), value, body):
            inner = dict(env)
            inner[name] = evaluate(value, env)
            return evaluate(body, inner)
        case ("if", cond, then, else_):
            return evaluate(then if evaluate(cond, env) else else_, env)
        case ("call", "max", *args) if args:
            return max(evaluate(a, env) for a in args)
        case ("call", fname, *args):
            raise TypeError(f"unknown function {fname} with {len(args)} args")
        case {"op": op, "args": [a, b], **rest}:
            if rest:
                print("  extra keys:", sorted(rest))
            return evaluate((op, a, b), env)
        case []:
            return 0
        case [first, *rest]:
            result = evaluate(first, env)
            for r in rest:
                result = evaluate(r, env)
            return result
        case _:
            raise ValueError(f"bad node: {node!r}")


programs = [
    42,
    ("+", 1, ("*", 2, 3)),
    ("let", "x", 5, ("-", "x", ("neg", 2))),
    ("if", ("-", 3, 3), 10, 20),
    ("call", "max", 3, ("*", 4, 2), 7),
    {"op": "/", "args": [9, 4]},
    {"op": "*", "args": [6, 7], "note": "hi", "z": 1},
    [1, 2, ("+", 3, 4)],
    [],
    ("call", "min", 1, 2),
    "y",
    ("unknown",),
    ("let", "a", 2, ("let", "b", ("*", "a", "a"), ("+", "a", "b"))),
    ("/", 1, 0),
]

for p in programs:
    try:
        print(repr(p)[:40], "=>", evaluate(p, {"z": 100}))
    except (NameError, TypeError, ValueError, ZeroDivisionError) as e:
        print(repr(p)[:40], "!!", type(e).__name__, e)


def describe(point):
    match point:
        case (0, 0):
            return "origin"
        case (0, y):
            return f"y-axis {y}"
        case (x, 0):
            return f"x-axis {x}"
        case (x, y) if x == y:
            return f"diagonal {x}"
        case (x, y):
            return f"point {x},{y}"
        case _:
            return "not a point"


for pt in [(0, 0), (0, 5), (3, 0), (2, 2), (1, 7), (1, 2, 3), "ab"]:
    print(pt, describe(pt))
