# raise ... from, __cause__, __context__, __suppress_context__, bare raise, re-raise.
def chained():
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("converted") from e
try:
    chained()
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("during handling")
try:
    implicit()
except TypeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
def suppressed():
    try:
        int("x")
    except ValueError:
        raise RuntimeError("clean") from None
try:
    suppressed()
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise IndexError("a") from KeyError("b")
except IndexError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise IndexError from KeyError
except IndexError as e:
    print(repr(e), repr(e.__cause__))
try:
    raise ValueError from 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def reraise():
    try:
        raise KeyError("orig")
    except KeyError:
        try:
            raise ValueError("nested")
        except ValueError:
            pass
        raise
try:
    reraise()
except KeyError as e:
    print("re-raised", repr(e))
e = ValueError("x")
e.__cause__ = KeyError("manual")
print(e.__suppress_context__, repr(e.__cause__))
e.__suppress_context__ = False
print(e.__suppress_context__)
try:
    e.__cause__ = "not an exception"
except TypeError as ex:
    print(type(ex).__name__, ex)
def context_chain():
    try:
        try:
            raise A("first")
        except Exception:
            raise B("second")
    except Exception:
        raise C("third")
class A(Exception): pass
class B(Exception): pass
class C(Exception): pass
try:
    context_chain()
except C as ex:
    chain = []
    cur = ex
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(chain)
try:
    try:
        raise A("self")
    except A as first:
        raise first
except A as ex:
    print("self context?", ex.__context__)
err = None
try:
    raise KeyError("bound")
except KeyError as err:
    pass
try:
    print(err)
except NameError as ex:
    print(type(ex).__name__, ex)
