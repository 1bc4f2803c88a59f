# Exception classes: constructors' keyword arguments, reprs, str forms and
# the builtin hierarchy.
e = ValueError("a")
print(e.__dict__, hasattr(e, "__notes__"))
e.x = 1
print(e.__dict__)
class E(Exception):
    def __init__(self, a, b=2):
        super().__init__(a, b)
        self.b = b

try:
    raise E(1)
except E as x:
    print(x.args, x.b, repr(x))
print(BaseException.__new__(ValueError).args, ValueError.__new__(ValueError, 1, 2).args)
print(repr(ExceptionGroup("g", [ValueError(1)])), repr(KeyError("a")), repr(StopIteration(1)))
class MyErr(Exception):
    def __reduce__(self): return (MyErr, ())
print(str(MyErr("x")), MyErr.__mro__[1].__name__)
try:
    raise TypeError("t") from ValueError("v")
except TypeError as t:
    print(repr(t.__cause__), t.__suppress_context__)
ex = Exception("m")
print(ex.with_traceback(None) is ex)
print(issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(BrokenPipeError, ConnectionError), issubclass(FloatingPointError, ArithmeticError))
print(issubclass(StopAsyncIteration, Exception), issubclass(GeneratorExit, Exception), issubclass(SystemExit, BaseException), issubclass(KeyboardInterrupt, Exception))
print(issubclass(EncodingWarning, Warning), issubclass(BytesWarning, Warning), issubclass(ResourceWarning, Warning))
print(ImportError("x", name="m", path="p").name, ImportError("x", name="m").path)
try:
    ImportError("x", bad=1)
except TypeError as e: print(e)
print(NameError("n", name="q").name, AttributeError("a", name="n", obj=1).obj)
print(SyntaxError("msg", ("f.py", 1, 2, "text", 1, 3)).lineno, str(SyntaxError("msg", ("f.py", 1, 2, "text"))))
print(str(UnicodeEncodeError("ascii", "é", 0, 1, "ordinal not in range(128)")))
print(str(UnicodeTranslateError("é", 0, 1, "reason")))
print(repr(OSError(2, "msg", "file", None, "file2")), str(OSError(2, "msg", "file", None, "file2")))
print(BaseExceptionGroup("x", [KeyError()]).__class__.__name__, BaseExceptionGroup("x", [KeyboardInterrupt()]).__class__.__name__)
