# Exception objects: args, str/repr, add_note/__notes__, with_traceback, __traceback__, attributes of builtin exceptions.
e = ValueError("msg", 42)
print(e.args, str(e), repr(e), str(ValueError()), repr(ValueError("single")), str(ValueError(None)))
e.args = ("changed",)
print(str(e), e.args)
e.args = [1, 2]
print(e.args, type(e.args).__name__)
e2 = KeyError("key")
e2.add_note("first note")
e2.add_note("second note")
print(e2.__notes__, str(e2))
try:
    e2.add_note(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
print(hasattr(ValueError(), "__notes__"))
def boom():
    raise RuntimeError("tb test")
try:
    boom()
except RuntimeError as ex:
    tb = ex.__traceback__
    print(type(tb).__name__, tb.tb_next is not None, tb.tb_next.tb_frame.f_code.co_name, tb.tb_lineno > 0)
    e3 = ValueError("new").with_traceback(tb)
    print(e3.__traceback__ is tb)
print(ValueError("no tb").__traceback__)
try:
    ValueError().with_traceback(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
print(KeyError("k").args, str(KeyError("k")), str(KeyError("a", "b")), repr(KeyError()))
print(str(IndexError("i")), str(StopIteration(3)), StopIteration(3).value, StopIteration().value)
se = SystemExit(5)
print(se.code, SystemExit().code, SystemExit(1, 2).code)
ue = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")
print(ue.encoding, ue.object, ue.start, ue.end, ue.reason, str(ue))
ne = NameError("n", name="var")
print(ne.name, str(ne))
ae = AttributeError("a", name="attr", obj=5)
print(ae.name, ae.obj)
ie = ImportError("imp", name="mod", path="/p")
print(ie.name, ie.path, ie.msg, str(ie))
oe = OSError(13, "Permission denied", "file.txt")
print(oe.errno, oe.strerror, oe.filename, str(oe), type(oe).__name__, oe.args)
print(str(OSError("plain")), OSError(1, 2, 3, 4, 5).filename2, type(OSError(2, "x")).__name__)
class MyErr(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
        super().__init__("%s-%s" % (a, b))
m = MyErr(1, 2)
print(str(m), repr(m), m.args, m.a)
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
ns = NoSuper(9)
print(repr(ns), ns.args, str(ns))
class StrOverride(Exception):
    def __str__(self):
        return "overridden"
print(str(StrOverride("ignored")), repr(StrOverride("shown")))
print(BaseException.__subclasses__()[:0], [c.__name__ for c in ArithmeticError.__subclasses__()])
print(Exception.__bases__, BaseException.__bases__, type(Exception.args).__name__)
try:
    raise ValueError
except ValueError as ex:
    print(repr(ex), ex.args)
try:
    raise TypeError("with note")
except TypeError as ex:
    ex.add_note("added in handler")
    print(ex.__notes__)
eg = ExceptionGroup("eg", [ValueError(1)])
print(eg.args[0], eg.args[1], str(eg))
