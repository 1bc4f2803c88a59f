# Frames: sys._getframe / inspect.currentframe / inspect.stack as a logger would use them.
import inspect
import os
import sys


def where():
    caller = sys._getframe(1)
    return caller.f_code.co_name, caller.f_lineno - caller.f_code.co_firstlineno


def work():
    return where()


print(work())


def stack_names():
    return [fi.function for fi in inspect.stack()[:3]]


def middle():
    return stack_names()


print(middle())

frame = inspect.currentframe()
print(frame.f_code.co_name, frame.f_back is None, os.path.basename(frame.f_code.co_filename))
print(frame.f_globals is globals(), "__builtins__" in dir(frame) or True)


def locals_of_caller():
    f = inspect.currentframe().f_back
    return sorted(k for k in f.f_locals if not k.startswith("_"))


def has_locals(alpha, beta=2):
    gamma = alpha + beta
    return locals_of_caller()


print(has_locals(1))


def depth():
    n = 0
    f = inspect.currentframe()
    while f is not None:
        n += 1
        f = f.f_back
    return n


def nest(k):
    return depth() if k == 0 else nest(k - 1)


print(nest(0) + 3 == nest(3))
info = inspect.stack()[0]
print(info.function, os.path.basename(info.filename), info.lineno > 0, type(info.lineno).__name__)


def log(msg):
    f = sys._getframe(1)
    print(f"[{f.f_code.co_name}:{f.f_code.co_argcount}] {msg}")


def handler(request, verbose=False):
    log("handling " + request)


handler("GET /")
print(inspect.isframe(frame), inspect.iscode(frame.f_code), inspect.isfunction(handler))
