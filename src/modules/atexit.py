"""Functions to run when the interpreter exits (CPython Modules/atexitmodule.c).

The interpreter calls _run_exitfuncs() once, after joining non-daemon
threads and before clearing the main module: handlers run last registered
first; an exception is reported as "Exception ignored in atexit callback"
and the next handler still runs.
"""

import sys

_handlers = []


def register(func, *args, **kwargs):
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _handlers.append((func, args, kwargs))
    return func


def unregister(func):
    _handlers[:] = [h for h in _handlers if h[0] != func]


def _clear():
    del _handlers[:]


def _ncallbacks():
    return len(_handlers)


def _run_exitfuncs():
    while _handlers:
        func, args, kwargs = _handlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as e:
            _report(func, e)


def _report(func, e):
    sys.stderr.write("Exception ignored in atexit callback: %r\n" % (func,))
    sys.stderr.write("%s: %s\n" % (type(e).__name__, e))
