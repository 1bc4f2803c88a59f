# try/except*: matching, the unmatched rest, naked exceptions, raising and
# re-raising in clauses, sys.exc_info, else/finally, names, errors.
import sys

def run(label, f):
    try:
        f()
        print(label, "-> nothing raised")
    except BaseException as e:
        print(label, "->", type(e).__name__, repr(e))

def basic():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as g:
        print("  values", repr(g), g.exceptions)
    except* TypeError as g:
        print("  types", repr(g))
run("basic", basic)

def rest_reraised():
    try:
        raise ExceptionGroup("eg", [ValueError(1), OSError(2), KeyError(3)])
    except* ValueError:
        print("  got values")
run("rest", rest_reraised)

def naked_match():
    try:
        raise ValueError("naked")
    except* ValueError as g:
        print("  wrapped", repr(g), g.exceptions[0].__traceback__ is not None)
        print("  exc_info is g:", sys.exc_info()[1] is g)
run("naked match", naked_match)

def naked_no_match():
    try:
        raise ValueError("naked")
    except* TypeError:
        print("  never")
run("naked no match", naked_no_match)

def naked_bare_raise():
    try:
        raise KeyError("k")
    except* KeyError:
        raise
run("naked bare raise", naked_bare_raise)

def order_first_clause_wins():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* (ValueError, LookupError) as g:
        print("  first", repr(g))
    except* KeyError as g:
        print("  never", repr(g))
run("first clause", order_first_clause_wins)

def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as g:
        raise KeyError("from values")
    except* TypeError as g:
        raise OSError("from types")
run("raise new in two clauses", raise_new)

def raise_new_keep_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("k")
run("raise new + rest", raise_new_keep_rest)

def single_raise():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as g:
        raise KeyError("k")
try:
    single_raise()
except KeyError as e:
    print("single raise -> plain", repr(e), repr(e.__context__))

def reraise_partial():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("in", [ValueError(3), OSError(4)])])
    except* ValueError:
        raise
    except* TypeError:
        pass
run("reraise keeps nesting", reraise_partial)

def raise_match_object():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as g:
        raise g
run("raise g", raise_match_object)

def handled_all():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
    except* TypeError:
        pass
run("all handled", handled_all)

def else_finally(fail):
    try:
        if fail:
            raise ExceptionGroup("eg", [ValueError()])
        print("  body ok")
    except* ValueError:
        print("  handler")
    else:
        print("  else")
    finally:
        print("  finally", sys.exc_info())
run("else", lambda: else_finally(False))
run("finally", lambda: else_finally(True))

def finally_with_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(), TypeError()])
    except* ValueError:
        print("  handler")
    finally:
        print("  finally sees", type(sys.exc_info()[1]).__name__)
run("finally + rest", finally_with_rest)

def exc_info_inside():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as g:
        print("  in V:", sys.exc_info()[1] is g, repr(sys.exc_info()[1]))
    except* TypeError as g:
        print("  in T:", sys.exc_info()[1] is g)
    print("  after:", sys.exc_info())
run("exc_info", exc_info_inside)

def name_cleared():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as g:
        pass
    try:
        g
    except NameError as e:
        print("  name cleared:", e)
run("name", name_cleared)

def nested_try_star():
    try:
        try:
            raise ExceptionGroup("outer", [ValueError(1), TypeError(2)])
        except* ValueError:
            try:
                raise ExceptionGroup("inner", [KeyError(3)])
            except* KeyError as k:
                print("  inner handled", repr(k), repr(sys.exc_info()[1]))
            print("  back in outer clause", repr(sys.exc_info()[1]))
    except* TypeError as t:
        print("  outer type", repr(t))
run("nested", nested_try_star)

def in_except():
    try:
        raise RuntimeError("first")
    except RuntimeError:
        try:
            raise ExceptionGroup("eg", [ValueError()])
        except* ValueError as g:
            print("  context:", repr(g.__context__))
run("inside except", in_except)

def star_in_loop():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise ExceptionGroup("odd", [ValueError(i)])
            raise TypeError(i)
        except* ValueError as g:
            out.append(("V", g.exceptions[0].args[0]))
            for j in range(3):
                if j == 1:
                    break
                if j == 0:
                    continue
        except* TypeError as g:
            out.append(("T", g.exceptions[0].args[0]))
    print(" ", out)
run("loop", star_in_loop)

def generator_clause():
    def gen():
        try:
            yield 1
            raise ExceptionGroup("g", [ValueError("in gen")])
        except* ValueError as g:
            yield repr(g)
        yield 3
    print(" ", list(gen()))
run("generator", generator_clause)

def base_exceptions():
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as g:
        print("  ki", type(g).__name__, repr(g))
run("base group", base_exceptions)

def raise_in_clause_base():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise SystemExit(3)
run("base raised in clause", raise_in_clause_base)

def bad_types():
    for t in ("ExceptionGroup", "(ValueError, BaseExceptionGroup)", "int", "(ValueError, 1)"):
        try:
            try:
                raise ExceptionGroup("t", [ValueError()])
            except* eval(t):
                pass
        except TypeError as e:
            print("  ", t, "->", type(e).__name__, e, "| context:", repr(e.__context__))
run("bad types", bad_types)

def bad_type_unmatched():
    try:
        raise ValueError("v")
    except* int:
        pass
run("bad type on naked", bad_type_unmatched)

def custom_split():
    class Splitty(ExceptionGroup):
        def split(self, t):
            print("  custom split called with", t.__name__)
            return super().split(t)
    try:
        raise Splitty("s", [ValueError(1), TypeError(2)])
    except* ValueError as g:
        print("  matched", type(g).__name__, repr(g))
    except* TypeError as g:
        print("  matched", type(g).__name__, repr(g))
run("custom split", custom_split)

for src in [
    "try:\n    pass\nexcept* (ValueError, ExceptionGroup):\n    pass\n",
    "try:\n    pass\nexcept*:\n    pass\n",
    "for x in y:\n    try:\n        pass\n    except* E:\n        break\n",
    "for x in y:\n    try:\n        pass\n    except* E:\n        continue\n",
    "def f():\n    try:\n        pass\n    except* E:\n        return 1\n",
    "def f():\n    try:\n        pass\n    except* E:\n        return\n",
    "def f():\n    try:\n        pass\n    except* E:\n        def g():\n            return 1\n",
    "def f():\n    try:\n        return 1\n    except* E:\n        pass\n",
    "def f():\n    try:\n        pass\n    except* E:\n        pass\n    finally:\n        return 2\n",
    "def f():\n    for x in y:\n        try:\n            pass\n        except* E:\n            try:\n                pass\n            finally:\n                break\n",
    "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept:\n    pass\n",
    "try:\n    pass\nexcept* ValueError:\npass\n",
    "try:\n    pass\nexcept* ValueError, TypeError:\n    pass\n",
    "try:\n    pass\nexcept* ValueError\n    pass\n",
]:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)

def returns_after():
    try:
        raise ExceptionGroup("x", [ValueError()])
    except* ValueError:
        result = "handled"
    return result
print(returns_after())
