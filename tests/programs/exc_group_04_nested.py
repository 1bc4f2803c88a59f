# Nested groups through except*: projections keep the original nesting,
# tracebacks and chaining across frames, groups of groups raised by
# several clauses, and except* inside functions called from except*.
import sys

def tb_lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

def leaf_names(e, depth=0):
    pad = "  " * depth
    if isinstance(e, BaseExceptionGroup):
        print(f"{pad}{type(e).__name__}({e.message!r}) tb={tb_lines(e)}")
        for sub in e.exceptions:
            leaf_names(sub, depth + 1)
    else:
        print(f"{pad}{e!r} tb={tb_lines(e)} ctx={e.__context__!r}")

def raise_leaf(kind, msg):
    raise kind(msg)

def collect(*calls):
    errors = []
    for kind, msg in calls:
        try:
            raise_leaf(kind, msg)
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("collected", errors)

def level2():
    try:
        collect((ValueError, "a"), (TypeError, "b"), (KeyError, "c"))
    except* TypeError as g:
        print("level2 handles", repr(g))

def level1():
    try:
        level2()
    except* KeyError as g:
        print("level1 handles", repr(g))

try:
    level1()
except ExceptionGroup as e:
    print("escaped:")
    leaf_names(e)

def deep():
    try:
        raise ExceptionGroup("top", [
            ExceptionGroup("left", [ValueError(1), ExceptionGroup("ll", [TypeError(2), ValueError(3)])]),
            ExceptionGroup("right", [OSError(4)]),
            ValueError(5),
        ])
    except* ValueError as v:
        print("values:", repr(v))
        raise
    except* OSError as o:
        print("oserrors:", repr(o))
        raise RuntimeError("replaced os")
try:
    deep()
except ExceptionGroup as e:
    print("deep result:", repr(e))
    leaf_names(e)

def nested_handlers():
    try:
        raise ExceptionGroup("outer", [ValueError("v"), TypeError("t")])
    except* ValueError as v:
        try:
            raise ExceptionGroup("inner", [KeyError("k"), IndexError("i")])
        except* KeyError:
            print("inner handled keys; context of inner:", repr(sys.exc_info()[1].__context__))
try:
    nested_handlers()
except ExceptionGroup as e:
    print("nested result:", repr(e))
    leaf_names(e)

def raised_from():
    try:
        raise ExceptionGroup("eg", [ValueError("x")])
    except* ValueError as g:
        raise KeyError("new") from g.exceptions[0]
try:
    raised_from()
except KeyError as e:
    print("from:", repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))

# A group caught, partly handled, in a loop of calls.
def worker(i):
    errs = [ValueError(i)] if i % 2 else [TypeError(i)]
    if i % 3 == 0:
        errs.append(KeyError(i))
    raise ExceptionGroup(f"w{i}", errs)

summary = []
for i in range(6):
    try:
        try:
            worker(i)
        except* ValueError as g:
            summary.append(("V", i, len(g.exceptions)))
        except* KeyError as g:
            summary.append(("K", i, len(g.exceptions)))
    except ExceptionGroup as rest:
        summary.append(("rest", i, repr(rest)))
for s in summary:
    print(s)

# Identity: a fully handled-or-reraised group comes back as the same leaves.
leaves = [ValueError(1), TypeError(2)]
try:
    try:
        raise ExceptionGroup("ids", leaves)
    except* ValueError:
        raise
    except* TypeError:
        raise
except ExceptionGroup as e:
    print([a is b for a, b in zip(e.exceptions, leaves)], e.message)

# Deep nesting through except*.
g = ValueError("bottom")
for i in range(30):
    g = ExceptionGroup(f"n{i}", [g, KeyError(i)] if i % 5 == 0 else [g])
try:
    try:
        raise g
    except* KeyError as k:
        print("keys:", len(k.exceptions))
except ExceptionGroup as e:
    n = 0
    while isinstance(e, ExceptionGroup):
        e = e.exceptions[0]
        n += 1
    print("depth", n, repr(e))
