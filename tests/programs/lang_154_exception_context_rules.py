# __context__, __cause__ and __suppress_context__ as code builds them, and what they look like later.
def chain(e):
    out = []
    while e is not None:
        out.append(f"{type(e).__name__}({e})")
        e = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
    return " <- ".join(out)


try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("implicit")
except ValueError as e:
    print(chain(e), e.__suppress_context__, type(e.__context__).__name__)

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("explicit") from z
except RuntimeError as e:
    print(chain(e), e.__suppress_context__, e.__cause__ is e.__context__)

try:
    try:
        int("x")
    except ValueError:
        raise TypeError("suppressed") from None
except TypeError as e:
    print(chain(e), e.__suppress_context__, type(e.__context__).__name__, e.__cause__)

try:
    try:
        raise KeyError("a")
    finally:
        raise IndexError("from finally")
except IndexError as e:
    print(chain(e))


def reraise_same():
    try:
        raise OSError("disk")
    except OSError as e:
        raise e


try:
    reraise_same()
except OSError as e:
    print(chain(e), e.__context__)

err = ValueError("manual")
err.__cause__ = KeyError("set by hand")
print(err.__suppress_context__, repr(err.__cause__))
try:
    err.__cause__ = "not an exception"
except TypeError as e:
    print("TypeError", e)
try:
    err.__context__ = 5
except TypeError as e:
    print("TypeError", e)
e1 = ValueError("loop")
e2 = KeyError("loop2")
try:
    try:
        raise e1
    except ValueError:
        try:
            raise e2
        except KeyError:
            raise e1
except ValueError as e:
    print(type(e.__context__).__name__, e.__context__.__context__)

try:
    raise ValueError("with traceback").with_traceback(None)
except ValueError as e:
    print(e.__traceback__ is not None, e.__traceback__.tb_next)


def gen():
    try:
        yield
    except GeneratorExit:
        raise RuntimeError("in close")


g = gen()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(chain(e))
try:
    raise StopIteration
except Exception as e:
    print(type(e).__name__, e.__context__)
try:
    try:
        raise ValueError(1)
    except ValueError:
        pass
    raise TypeError(2)
except TypeError as e:
    print("context after handled block:", e.__context__)
