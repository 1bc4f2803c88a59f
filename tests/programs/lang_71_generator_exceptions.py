# Exceptions and generators: context across yields, StopIteration conversion, throw tracebacks.
def gen_with_context():
    try:
        raise KeyError("during")
    except KeyError:
        yield "inside handler"
        raise ValueError("after yield")
g = gen_with_context()
print(next(g))
try:
    next(g)
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__))

def outer_handler_context():
    yield 1
    raise IndexError("gen error")
try:
    raise TypeError("outer")
except TypeError:
    g = outer_handler_context()
    next(g)
    try:
        next(g)
    except IndexError as e:
        print(repr(e), "context:", repr(e.__context__))

def stop_inside():
    yield 1
    next(iter([]))
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

def return_in_gen():
    yield 1
    return 2
print(list(return_in_gen()))

def throw_target():
    try:
        yield "ready"
    except ZeroDivisionError as e:
        yield "handled " + repr(e)
t = throw_target()
next(t)
print(t.throw(ZeroDivisionError("thrown")))
print(t.throw.__name__ if hasattr(t.throw, "__name__") else "throw")

def close_returns_value():
    try:
        yield
    except GeneratorExit:
        return "ignored by close"
c = close_returns_value()
next(c)
print(c.close())

def exception_escapes_close():
    try:
        yield
    finally:
        raise OSError("from finally during close")
ec = exception_escapes_close()
next(ec)
try:
    ec.close()
except OSError as e:
    print("OSError:", e, type(e.__context__).__name__)

def gen_raising_immediately():
    raise AttributeError("before first yield")
    yield
gr = gen_raising_immediately()
try:
    next(gr)
except AttributeError as e:
    print("AttributeError:", e)
print(next(gr, "exhausted after error"))

def yield_in_finally():
    try:
        yield 1
    finally:
        yield "from finally"
yf = yield_in_finally()
print(next(yf), next(yf))
try:
    next(yf)
except StopIteration:
    print("stopped")

def throw_not_started():
    yield 1
tn = throw_not_started()
try:
    tn.throw(ValueError("never started"))
except ValueError as e:
    print("ValueError:", e)
print(next(tn, "closed by throw"))

def sub():
    yield 1
    raise StopIteration("sub stop")
def deleg():
    yield from sub()
try:
    list(deleg())
except RuntimeError as e:
    print("RuntimeError:", e)

def genexp_error():
    return list(1 / x for x in (1, 0))
try:
    genexp_error()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    next(iter(()))
except StopIteration as e:
    print("plain StopIteration outside generators:", repr(e))
