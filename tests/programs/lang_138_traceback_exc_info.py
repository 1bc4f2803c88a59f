# Exception introspection: sys.exc_info, __traceback__ line numbers, with_traceback, args.
import sys


def level3(x):
    return 10 // x


def level2(x):
    return level3(x) + 1


def level1(x):
    try:
        return level2(x)
    except ZeroDivisionError:
        info = sys.exc_info()
        print("in handler:", info[0].__name__, info[1], info[2] is not None)
        raise


def tb_depth(tb):
    n = 0
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        n += 1
        tb = tb.tb_next
    return n, names


try:
    level1(0)
except ZeroDivisionError as e:
    print(tb_depth(e.__traceback__))
print(sys.exc_info())


class CustomError(Exception):
    def __init__(self, *args, detail=None):
        super().__init__(*args)
        self.detail = detail


for exc in [CustomError(), CustomError("one"), CustomError("a", 2, detail="d"), KeyError("k"), OSError(2, "No such file")]:
    print(type(exc).__name__, exc.args, repr(str(exc)), repr(exc))
e = OSError(2, "No such file")
print(e.errno, e.strerror, type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__)
try:
    raise FileNotFoundError(2, "missing", "/nope")
except OSError as err:
    print(type(err).__name__, err, err.filename)

try:
    raise ValueError("first").with_traceback(None)
except ValueError as err:
    print(err.__traceback__.tb_frame.f_code.co_name, err.__traceback__.tb_lineno > 0)


def gen_error():
    yield 1
    raise IndexError("from generator")


try:
    list(gen_error())
except IndexError as err:
    print(tb_depth(err.__traceback__)[1])

try:
    try:
        raise TypeError("original")
    finally:
        print("finally sees", sys.exc_info()[0].__name__)
except TypeError as err:
    print("outer got", err)

err = StopIteration(5)
print(err.value, StopIteration().value, KeyError().args, SystemExit(3).code, SystemExit().code)
try:
    raise SystemExit("bye")
except SystemExit as se:
    print(type(se).__name__, se.code, isinstance(se, Exception), isinstance(se, BaseException))
try:
    raise 5
except TypeError as te:
    print(type(te).__name__, te)
try:
    raise ValueError from 3
except TypeError as te:
    print(type(te).__name__, te)
print(issubclass(KeyError, LookupError), ZeroDivisionError.__mro__[1].__name__, UnicodeDecodeError.__base__.__name__)
