# The builtin exception hierarchy: bases, issubclass, args, str and repr.
import builtins
names = sorted(n for n in dir(builtins) if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))
for n in names:
    cls = getattr(builtins, n)
    print(n, cls.__base__.__name__, len(cls.__mro__))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(FileNotFoundError, OSError))
print(IOError is OSError, EnvironmentError is OSError, issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError))
print(issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, BaseException))
for e in [ValueError(), ValueError("x"), ValueError("x", 2), KeyError("k"), KeyError(), OSError(2, "No such file"), StopIteration(5)]:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = Exception("a", "b")
e.args = ("changed",)
print(str(e), e.args, repr(e))
try:
    raise TypeError("bad") from ValueError("cause")
except TypeError as err:
    print(repr(err.__cause__), err.__suppress_context__, err.__context__ is err.__cause__ or err.__context__)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code
try:
    raise MyErr(7)
except Exception as err:
    print(type(err).__name__, err, err.code, err.args, isinstance(err, MyErr))
print(BaseException.__new__(ValueError).args, ValueError.__name__, ValueError.__module__, ValueError.__qualname__)
