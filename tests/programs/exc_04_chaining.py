# Exception chaining: raise X from Y, raise ... from None, raise inside except; checked through str(e) and type names only.
class ConfigError(Exception):
    pass
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ConfigError("bad config value " + repr(s)) from e
for s in ["12", "abc", ""]:
    try:
        print("parsed", parse(s))
    except ConfigError as e:
        print(type(e).__name__, str(e))
try:
    try:
        {}["k"]
    except KeyError as inner:
        raise RuntimeError("while handling " + str(inner))
except RuntimeError as e:
    print(type(e).__name__, str(e))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context shown") from None
except ValueError as e:
    print(type(e).__name__, str(e))
def level3():
    raise IndexError("deep")
def level2():
    try:
        level3()
    except IndexError as e:
        raise KeyError("mid: " + str(e)) from e
def level1():
    try:
        level2()
    except KeyError as e:
        raise RuntimeError("top: " + str(e)) from e
try:
    level1()
except RuntimeError as e:
    print(type(e).__name__, str(e))
try:
    raise TypeError("t") from ValueError("v")
except TypeError as e:
    print(type(e).__name__, str(e), repr(e))
try:
    raise AssertionError("x") from KeyError("y")
except Exception as e:
    print(type(e).__name__, str(e))
def wrap_all(fn):
    def wrapped(*args):
        try:
            return fn(*args)
        except Exception as e:
            raise RuntimeError(fn.__name__ + " failed: " + type(e).__name__ + ": " + str(e)) from e
    return wrapped
def divide(a, b):
    return a / b
def first(seq):
    return seq[0]
divide = wrap_all(divide)
first = wrap_all(first)
for call in [lambda: divide(1, 2), lambda: divide(1, 0), lambda: first([]), lambda: first("q")]:
    try:
        print("result", call())
    except RuntimeError as e:
        print(str(e))
try:
    try:
        raise ValueError("first")
    finally:
        print("finally during propagation")
except ValueError as e:
    print("got", e)
try:
    try:
        raise KeyError("a")
    except KeyError as e:
        raise
except KeyError as e:
    print("re-raised", repr(e))
