# Exception groups and except*: splitting, nesting, re-raise, messages.
eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(repr(eg), str(eg), len(eg.exceptions), eg.message)
try:
    raise eg
except* ValueError as g:
    print("values:", [str(e) for e in g.exceptions], type(g).__name__, g.message)
except* TypeError as g:
    print("types:", [str(e) for e in g.exceptions])
try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), ExceptionGroup("inner", [OSError("o"), KeyError("k2")])])
    except* KeyError as g:
        print("keys:", repr(g))
except ExceptionGroup as rest:
    print("leftover:", repr(rest))
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked wrapped:", repr(g), repr(g.exceptions[0]))
match_, rest = eg.split(ValueError)
print(repr(match_), repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))
print(repr(eg.subgroup(lambda e: str(e).endswith("2"))))
print(repr(eg.derive([KeyError("d")])))
beg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(beg).__name__, repr(beg))
eg2 = BaseExceptionGroup("only exc", [ValueError(1)])
print(type(eg2).__name__)
for bad in [("msg", []), ("msg", [1]), (1, [ValueError()]), ("msg", ValueError())]:
    try:
        ExceptionGroup(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
def handler():
    try:
        raise ExceptionGroup("g", [ValueError("a"), ZeroDivisionError("b")])
    except* ValueError:
        print("handled value")
        raise
    except* ZeroDivisionError:
        print("handled zero")
try:
    handler()
except ExceptionGroup as e:
    print("re-raised:", repr(e))
try:
    try:
        raise ExceptionGroup("g", [ValueError("a")])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as e:
    print("new in handler:", repr(e), repr(e.exceptions[0].__context__))
except KeyError as e:
    print("plain keyerror", repr(e))
for src in ["try:\n    pass\nexcept* (ValueError, ExceptionGroup):\n    pass\n",
            "try:\n    pass\nexcept*:\n    pass\n",
            "for x in y:\n    try:\n        pass\n    except* E:\n        break\n"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
try:
    try:
        raise ExceptionGroup("t", [ValueError()])
    except* (ValueError, ExceptionGroup):
        pass
except TypeError as e:
    print(type(e).__name__, e)
e = ExceptionGroup("noted", [ValueError("x")])
e.add_note("note 1")
print(e.__notes__, e.split(ValueError)[0].__notes__)
