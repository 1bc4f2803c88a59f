# try/except details: tuples of types, hierarchy, handler order, as-name unbinding, custom exceptions.
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return "[%d] %s" % (self.code, self.args[1])
class NotFound(AppError):
    pass
def risky(kind):
    if kind == 0:
        return "fine"
    if kind == 1:
        raise NotFound(404, "missing")
    if kind == 2:
        raise AppError(500, "broken")
    if kind == 3:
        raise KeyError(kind)
    if kind == 4:
        [][1]
    if kind == 5:
        raise SystemExit(3)
for k in range(6):
    try:
        print(risky(k))
    except NotFound as e:
        print("not found", e, e.code, e.args)
    except AppError as e:
        print("app error", e, repr(e))
    except (KeyError, IndexError) as e:
        print("lookup", type(e).__name__, e, isinstance(e, LookupError))
    except BaseException as e:
        print("base", type(e).__name__, e.code)
print(issubclass(NotFound, Exception), NotFound.__mro__[1:3], NotFound.__bases__)
try:
    try:
        raise TypeError("inner")
    except ValueError:
        print("wrong handler")
except TypeError as e:
    print("outer caught", e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")
def handler_types():
    errs = (ValueError, TypeError)
    try:
        int(None)
    except errs as e:
        return type(e).__name__ + ": " + str(e)
print(handler_types())
try:
    try:
        raise KeyError("x")
    except 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NoInit(Exception):
    pass
print(repr(NoInit(1, 2)), str(NoInit(1, 2)), str(NoInit("one")), str(NoInit()))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError(1, 2)), str(KeyError()))
print(isinstance(ZeroDivisionError(), ArithmeticError), issubclass(UnicodeDecodeError, ValueError))
print([c.__name__ for c in FileNotFoundError.__mro__])
print(OSError(2, "No such file").errno, OSError(2, "No such file").strerror, str(OSError(2, "No such file", "f.txt")))
print(type(OSError(2, "x")).__name__, type(IOError()).__name__, EnvironmentError is OSError)
try:
    raise StopIteration(7)
except Exception as e:
    print(type(e).__name__, e.value)
try:
    import nonexistent_module_xyz
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    exit_attempt = SystemExit("msg")
    raise exit_attempt
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    assert 1 == 2, "assertion message"
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e))
def nested_try():
    try:
        return 1 / 0
    except ZeroDivisionError:
        return "handled"
    finally:
        print("finally in nested")
print(nested_try())
print(sorted(n for n in dir(Exception()) if not n.startswith("_")))
