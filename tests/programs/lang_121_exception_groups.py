# ExceptionGroup and except* (3.11): splitting, nesting, handlers.


def collect(tasks):
    errors = []
    results = []
    for name, fn in tasks:
        try:
            results.append((name, fn()))
        except Exception as e:
            e.add_note(f"while running {name}")
            errors.append(e)
    if errors:
        raise ExceptionGroup("some tasks failed", errors)
    return results


tasks = [
    ("ok", lambda: 1),
    ("div", lambda: 1 / 0),
    ("key", lambda: {}["k"]),
    ("val", lambda: int("x")),
    ("val2", lambda: float("y")),
]

try:
    collect(tasks)
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions], eg.message)
    print("notes:", [e.__notes__ for e in eg.exceptions])
except* (KeyError, ZeroDivisionError) as eg:
    print("lookups/math:", sorted(type(e).__name__ for e in eg.exceptions))

eg = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
print(eg, len(eg.exceptions), type(eg).__name__)
match, rest = eg.split(ValueError)
print(match, [type(x).__name__ for x in match.exceptions])
print(rest, rest.exceptions[0].exceptions)
sub = eg.subgroup(lambda e: isinstance(e, TypeError))
print(sub, repr(sub.exceptions[0].exceptions[0]))
print(eg.subgroup(KeyError))

try:
    try:
        raise eg
    except* TypeError:
        print("handled type errors")
except ExceptionGroup as leftover:
    print("leftover:", leftover.message, [repr(e) for e in leftover.exceptions])

try:
    raise ExceptionGroup("bad", [])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print(type(e).__name__, e)
try:
    try:
        raise KeyError("plain")
    except* KeyError as g:
        print("wrapped:", type(g).__name__, g.exceptions)
except Exception as e:
    print("unexpected", e)
beg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("v")])
print(type(beg).__name__, type(ExceptionGroup("x", [ValueError()])).__name__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
e = ValueError("with notes")
e.add_note("first")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print(type(err).__name__, err)
