# Exception attributes: args, chaining setters, tracebacks, notes, per-class fields.
import sys

e = ValueError("a", "b")
e.args = ("c",)
print(str(e), repr(e), e.args)
e.args = "xy"
print(e.args)
e.args = range(3)
print(e.args, str(e))
try:
    del e.args
except TypeError as ex:
    print("TypeError", ex)
print(sorted(k for k in e.__dict__))

e = KeyError("k")
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = None
print(e.__suppress_context__)
e.__suppress_context__ = False
e.__context__ = ValueError("ctx")
print(repr(e.__context__), e.__suppress_context__)
for bad in ("__context__", "__cause__"):
    try:
        setattr(e, bad, 42)
    except TypeError as ex:
        print("TypeError", ex)
try:
    e.__suppress_context__ = 1
except TypeError as ex:
    print("TypeError", ex)
try:
    e.__traceback__ = "tb"
except TypeError as ex:
    print("TypeError", ex)

def level3():
    raise LookupError("deep")
def level2():
    level3()
def level1():
    try:
        level2()
    except LookupError as ex:
        return ex
ex = level1()
tb = ex.__traceback__
names = []
while tb is not None:
    names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
    tb = tb.tb_next
print(names)
print(type(ex.__traceback__).__name__, type(ex.__traceback__.tb_frame).__name__)

try:
    level2()
except LookupError as ex2:
    info = sys.exc_info()
    print(info[0].__name__, info[1] is ex2, info[2] is ex2.__traceback__)

fresh = RuntimeError("fresh")
print(fresh.with_traceback(None) is fresh, fresh.__traceback__)
moved = RuntimeError("moved").with_traceback(ex.__traceback__)
print(moved.__traceback__ is ex.__traceback__)
try:
    raise moved
except RuntimeError as m:
    tb = m.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_next is ex.__traceback__)

class TbExit:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.lines = []
        while tb is not None:
            self.lines.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        return True
with TbExit() as t:
    level2()
print(t.lines)

# Notes.
n = TypeError("noted")
print(hasattr(n, "__notes__"))
n.add_note("one")
n.add_note("two")
print(n.__notes__)
n.__notes__ = ("not", "a list")
try:
    n.add_note("three")
except TypeError as ex:
    print("TypeError", ex)
try:
    n.add_note()
except TypeError as ex:
    print("TypeError", type(ex).__name__)

# Per-class fields.
print(SystemExit().code, SystemExit(0).code, SystemExit("bye").code, SystemExit(1, 2).code)
se = SystemExit(3)
se.code = 7
print(se.code, se.args)
print(StopIteration().value, StopIteration(1, 2).value)
for args in [(2, "nf"), (17, "exists"), (13, "perm"), (1, "perm2"), (21, "isdir"), (20, "notdir"), (32, "pipe"),
             (104, "reset"), (111, "refused"), (110, "timeout"), (11, "again"), (4, "intr"), (999, "other")]:
    o = OSError(*args)
    print(type(o).__name__, o.errno, o.strerror, str(o))
print(issubclass(BrokenPipeError, ConnectionError), ConnectionError.__bases__, OSError("x").errno)
o = OSError(2, "nf", "a.txt", None, "b.txt")
print(str(o), o.filename, o.filename2, o.args)
print(FileNotFoundError(5, "x").errno, type(FileNotFoundError(13, "x")).__name__)
try:
    open_name = None
    raise FileNotFoundError(2, "No such file or directory", "missing.txt")
except OSError as ex:
    print(type(ex).__name__, ex.filename, ex)
ie = ImportError("m")
print(ie.msg, ie.name, ie.path, str(ie))
ie2 = ImportError(name="only")
print(repr(str(ie2)), ie2.name, ie2.args)
try:
    ImportError("x", bogus=1)
except TypeError as ex:
    print("TypeError", ex)
try:
    ValueError("x", bogus=1)
except TypeError as ex:
    print("TypeError", ex)
try:
    from sys import this_does_not_exist_xyz
except ImportError as ex:
    print(type(ex).__name__, ex.name, ex)
try:
    undefined_name_xyz
except NameError as ex:
    print(ex.name, ex)
class Obj:
    pass
o = Obj()
try:
    o.missing
except AttributeError as ex:
    print(ex.name, ex.obj is o, ex)
print(NameError("n").name, AttributeError("a").name, AttributeError("a").obj)
ue = UnicodeEncodeError("ascii", "h\u00e9llo", 1, 2, "ordinal not in range(128)")
print(ue.start, ue.end, ue.object, str(ue))
ue2 = UnicodeEncodeError("ascii", "\u4e2d\u6587", 0, 2, "nope")
print(str(ue2))
ud = UnicodeDecodeError("utf-8", b"ab\xff\xfe", 2, 4, "invalid")
print(str(ud), ud.reason)
try:
    UnicodeDecodeError("x")
except TypeError as ex:
    print("TypeError", ex)
print(str(KeyError()), str(KeyError("")), str(KeyError(("t",))), str(KeyError(1, 2)))

class Custom(OSError):
    pass
c = Custom(2, "custom")
print(type(c).__name__, c.errno, str(c))
class WithInit(SystemExit):
    def __init__(self, v):
        super().__init__(v * 2)
print(WithInit(4).code)
print(type(Exception.args).__name__, type(SystemExit.code).__name__, "args" in dir(ValueError()))
