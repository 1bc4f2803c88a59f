# except clauses: tuples, order, bare except, raising classes, re-raise, handler scope.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-ish " + type(e).__name__
    except ArithmeticError:
        return "arithmetic"
    except Exception as e:
        return "other " + type(e).__name__
for exc in [KeyError("k"), IndexError, ZeroDivisionError(), OverflowError, ValueError("v"), LookupError]:
    print(classify(exc))

try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)

def bare():
    try:
        raise SystemError("sys")
    except:
        return "bare caught"
print(bare())

def reraise():
    try:
        try:
            raise KeyError("inner")
        except KeyError:
            print("handling, then re-raising")
            raise
    except KeyError as e:
        return "outer got " + repr(e)
print(reraise())

try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise MyErr(42, "custom")
except MyErr as e:
    print(e.code, e, e.args)

try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise object
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        pass
    except 5:
        pass
    print("invalid except class not evaluated when nothing raised")
    try:
        raise ValueError
    except "not a class":
        pass
except TypeError as e:
    print("TypeError:", e)

def order_matters():
    try:
        raise KeyError
    except LookupError:
        return "LookupError first"
    except KeyError:
        return "never"
print(order_matters())

e_outer = "kept?"
try:
    raise ValueError
except ValueError as e_outer:
    pass
print("e_outer" in dir())

try:
    try:
        raise TypeError("first")
    finally:
        print("finally sees no exception variable")
except TypeError as e:
    print("caught after finally:", e)

def nested_handlers():
    out = []
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise KeyError("b")
        except KeyError:
            out.append("inner handled")
        out.append("back in outer handler")
    return out
print(nested_handlers())

exc_types = (TypeError, ValueError)
try:
    int("nope")
except exc_types as e:
    print("dynamic tuple:", type(e).__name__)
try:
    raise BaseException("base")
except Exception:
    print("not caught here")
except BaseException as e:
    print("BaseException:", e)
try:
    raise KeyboardInterrupt
except Exception:
    print("no")
except KeyboardInterrupt:
    print("KeyboardInterrupt is not an Exception")
print(issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception), issubclass(SystemExit, BaseException))
print([c.__name__ for c in KeyError.__mro__])
