# Exception groups in a task runner: except* splitting, re-raise, nesting, subgroup/split.
def run_all(tasks):
    errors = []
    for name, fn in tasks:
        try:
            fn()
        except Exception as e:
            e.add_note(f"task {name}")
            errors.append(e)
    if errors:
        raise ExceptionGroup("some tasks failed", errors)


def bad_value():
    raise ValueError("bad value")


def bad_key():
    return {}["missing"]


def bad_type():
    return 1 + "x"


def fine():
    return 42


try:
    run_all([("a", bad_value), ("b", fine), ("c", bad_key), ("d", bad_type), ("e", bad_value)])
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions], [e.__notes__ for e in eg.exceptions])
except* LookupError as eg:
    print("lookups:", [repr(e) for e in eg.exceptions], type(eg).__name__, eg.message)
except* TypeError as eg:
    print("types:", len(eg.exceptions))

try:
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* ValueError as eg:
        print("caught", repr(eg))
except ExceptionGroup as rest:
    print("left over:", repr(rest))

try:
    try:
        raise ExceptionGroup("g", [KeyError("k")])
    except* KeyError:
        raise RuntimeError("handler failed")
except ExceptionGroup as eg:
    print(repr(eg), type(eg.exceptions[0].__context__).__name__)
except RuntimeError as e:
    print("plain", e)

try:
    try:
        raise ValueError("naked")
    except* ValueError as eg:
        print("wrapped:", repr(eg))
except Exception as e:
    print("unexpected", e)

eg = ExceptionGroup("mix", [ValueError("a"), TypeError("b"), ValueError("c")])
match_, rest = eg.split(ValueError)
print(repr(match_), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))), eg.subgroup(OSError))
print(repr(BaseExceptionGroup("base", [KeyboardInterrupt()])), type(BaseExceptionGroup("x", [ValueError()])).__name__)

for bad in [lambda: ExceptionGroup("m", []), lambda: ExceptionGroup("m", [1]), lambda: ExceptionGroup(1, [ValueError()])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

try:
    try:
        raise ExceptionGroup("all", [OSError("io"), ValueError("v")])
    except* OSError:
        print("os handled")
    except* ValueError:
        print("value handled")
    else:
        print("not here")
    finally:
        print("finally")
except Exception as e:
    print("escaped", e)


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)


try:
    try:
        raise MyGroup("custom", [ValueError(1), KeyError(2)])
    except* ValueError:
        pass
except MyGroup as g:
    print(type(g).__name__, g.message, repr(g.exceptions))
