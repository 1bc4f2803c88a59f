# add_note, __notes__, with_traceback, __traceback__ basics.
import sys


def fail():
    raise ValueError("bad value")


try:
    fail()
except ValueError as e:
    e.add_note("while parsing config")
    e.add_note("line 3")
    print(e.__notes__, str(e))
    caught = e

try:
    caught.add_note(42)
except TypeError as err:
    print("TypeError:", err)

e2 = KeyError("k")
print(hasattr(e2, "__notes__"))
e2.__notes__ = "not a list"
try:
    e2.add_note("x")
except TypeError as err:
    print("TypeError:", err)

tb = caught.__traceback__
print(type(tb).__name__, tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name)
depth = 0
t = tb
while t is not None:
    depth += 1
    t = t.tb_next
print("depth", depth)

fresh = RuntimeError("fresh")
print(fresh.__traceback__)
same = fresh.with_traceback(tb)
print(same is fresh, fresh.__traceback__ is tb)
fresh.with_traceback(None)
print(fresh.__traceback__)
try:
    fresh.with_traceback(5)
except TypeError as err:
    print("TypeError:", err)
try:
    fresh.__traceback__ = "x"
except TypeError as err:
    print("TypeError:", err)


# Re-raising keeps and extends the traceback.
def outer():
    try:
        fail()
    except ValueError:
        raise


try:
    outer()
except ValueError as e:
    names = []
    t = e.__traceback__
    while t:
        names.append(t.tb_frame.f_code.co_name)
        t = t.tb_next
    print(names)

# sys.exc_info inside and outside handlers.
print(sys.exc_info())
try:
    raise IndexError("i")
except IndexError:
    et, ev, etb = sys.exc_info()
    print(et.__name__, ev, etb is ev.__traceback__, sys.exception() is ev)
print(sys.exc_info()[0], sys.exception())

# Context and cause.
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("wrapped") from z
except ValueError as v:
    print(type(v.__cause__).__name__, v.__suppress_context__, type(v.__context__).__name__)
try:
    try:
        {}["x"]
    except KeyError:
        raise TypeError("during handling")
except TypeError as t:
    print(repr(t.__context__), t.__cause__, t.__suppress_context__)
try:
    try:
        {}["x"]
    except KeyError:
        raise TypeError("no context") from None
except TypeError as t:
    print(repr(t.__context__), t.__cause__, t.__suppress_context__)
v = ValueError()
try:
    v.__cause__ = 5
except TypeError as err:
    print("TypeError:", err)
v.__context__ = KeyError()
print(repr(v.__context__))
