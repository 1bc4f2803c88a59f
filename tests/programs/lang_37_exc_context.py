# Exception context and cause: implicit chaining, from None, __suppress_context__.
def show(e):
    print(type(e).__name__, repr(str(e)),
          "cause:", type(e.__cause__).__name__ if e.__cause__ else None,
          "context:", type(e.__context__).__name__ if e.__context__ else None,
          "suppress:", e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    show(e)

try:
    try:
        {}["k"]
    except KeyError as ke:
        raise RuntimeError("explicit") from ke
except RuntimeError as e:
    show(e)
    print(repr(e.__cause__) == repr(e.__context__))

try:
    try:
        int("x")
    except ValueError:
        raise TypeError("hidden") from None
except TypeError as e:
    show(e)

e = ValueError("manual")
e.__cause__ = KeyError("c")
print(e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print("TypeError:", err)
try:
    e.__context__ = 5
except TypeError as err:
    print("TypeError:", err)

def chain_in_finally():
    try:
        raise KeyError("first")
    finally:
        try:
            raise IndexError("second")
        except IndexError as ie:
            return ie
r = chain_in_finally()
show(r)

try:
    try:
        raise OSError("a")
    except OSError as a:
        try:
            raise LookupError("b")
        except LookupError as b:
            raise AttributeError("c")
except AttributeError as c:
    chain = []
    x = c
    while x is not None:
        chain.append(type(x).__name__)
        x = x.__context__
    print(chain)

try:
    try:
        raise ValueError("same")
    except ValueError as v:
        raise v
except ValueError as v2:
    print("reraise keeps context:", v2.__context__)

def handler_var_deleted():
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        return err
    except NameError as n:
        return "NameError: " + str(n)
    except UnboundLocalError as u:
        return "UnboundLocalError: " + str(u)
print(handler_var_deleted())

try:
    raise ValueError("with cause") from KeyError("why")
except ValueError as e:
    show(e)
    print(repr(e.__cause__))

try:
    raise ValueError from TypeError
except ValueError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)

try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)

import sys
try:
    raise KeyError("exc_info")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exc_info()[0] is KeyError)
print(sys.exc_info())
