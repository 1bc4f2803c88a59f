# How except clauses match: order, tuples, subclasses, re-raise, and
# exceptions raised inside handlers and finally blocks.
class AppError(Exception):
    pass


class DbError(AppError):
    pass


class NetError(AppError, ConnectionError):
    pass


def classify(exc):
    try:
        raise exc
    except DbError:
        return "db"
    except (NetError, TimeoutError) as e:
        return f"net-ish {type(e).__name__}"
    except OSError as e:
        return f"os {type(e).__name__}"
    except AppError:
        return "app"
    except Exception as e:
        return f"other {type(e).__name__}"


for exc in (DbError(), NetError(), TimeoutError(), FileNotFoundError(), AppError(), KeyError(), ConnectionResetError()):
    print(type(exc).__name__, "->", classify(exc))
print([k.__name__ for k in NetError.__mro__])

# except with a non-exception class.
try:
    try:
        raise ValueError("v")
    except int:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError("v")
    except (ValueError, "notaclass"):
        print("matched first element")
except TypeError as e:
    print("TypeError:", e)

# The handler's name is unbound after the clause.
try:
    raise KeyError("k")
except KeyError as err:
    pass
try:
    err
except NameError as e:
    print("NameError:", e)


# Exception in finally replaces the original.
def finally_wins():
    try:
        raise ValueError("original")
    finally:
        raise RuntimeError("from finally")


try:
    finally_wins()
except RuntimeError as e:
    print(repr(e), repr(e.__context__))


# return in finally swallows the exception.
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally returned"


print(swallow())

# Nested handlers and bare raise.
def nested():
    try:
        try:
            raise KeyError("inner")
        except KeyError:
            try:
                raise ValueError("middle")
            except ValueError:
                pass
            raise
    except KeyError as e:
        return f"re-raised {e!r}"


print(nested())
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

# else runs only without an exception; finally always.
for trigger in (False, True):
    try:
        if trigger:
            raise ArithmeticError("x")
    except ArithmeticError:
        print("except", trigger)
    else:
        print("else", trigger)
    finally:
        print("finally", trigger)


# Exceptions from generators and their context.
def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("generator closing")
        raise


g = gen()
next(g)
g.close()
g2 = gen()
next(g2)
try:
    g2.throw(ValueError("into generator"))
except ValueError as e:
    print("propagated:", e)


def stopper():
    yield 1
    raise StopIteration("inside")


try:
    list(stopper())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
