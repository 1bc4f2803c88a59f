# Generator protocol details: throw forms, delegation to iterator objects, gi_* state, exc_info across yields.
import sys

def simple():
    try:
        yield 1
        yield 2
    except ValueError as e:
        yield "caught %r" % (e,)
    yield 3

g = simple()
print(next(g), g.throw(ValueError))
g = simple()
next(g)
print(g.throw(ValueError, "as value"))
g = simple()
next(g)
print(g.throw(ValueError, ("tuple", 2)))
g = simple()
next(g)
print(g.throw(ValueError("instance")))
g = simple()
next(g)
try:
    g.throw(ValueError("x"), "extra")
except TypeError as e:
    print("TypeError", e)
try:
    g.throw(5)
except TypeError as e:
    print("TypeError", e)
try:
    g.throw(int)
except TypeError as e:
    print("TypeError", e)
print(next(g))

# Throwing into finished and unstarted generators.
g = simple()
print(list(g))
try:
    g.throw(KeyError("late"))
except KeyError as e:
    print("finished throw", repr(e))
print(g.close(), next(g, "done"))
try:
    g.send(1)
except StopIteration as e:
    print("send to finished", repr(e), e.value)
u = simple()
print(u.close(), next(u, "closed before start"))

# Delegation to an iterator object with throw/close methods.
class Sub:
    def __init__(self):
        self.n = 0
        self.log = []
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("sub done")
        return self.n
    def send(self, v):
        self.log.append(("send", v))
        return self.__next__()
    def throw(self, typ, val=None, tb=None):
        self.log.append(("throw", repr(typ), repr(val)))
        if isinstance(typ, KeyError) or typ is KeyError:
            raise StopIteration("finished by throw")
        return "sub handled"
    def close(self):
        self.log.append(("close",))

def deleg(sub):
    r = yield from sub
    yield "result %s" % r

s = Sub()
d = deleg(s)
print(next(d), d.send("a"), d.throw(ValueError("v")), d.throw(TypeError, "t"), d.throw(KeyError("k")))
print(s.log)
s = Sub()
d = deleg(s)
next(d)
print(d.gi_yieldfrom is s, d.close(), s.log, d.gi_yieldfrom)

class NoThrow:
    def __iter__(self):
        return self
    def __next__(self):
        return "nt"

def deleg2():
    try:
        yield from NoThrow()
    except ValueError as e:
        yield "outer caught %s" % e

d = deleg2()
print(next(d), d.throw(ValueError("direct")))

# Nested generators: throw goes to the innermost, its return value comes back.
def inner():
    try:
        yield "in"
    except ArithmeticError as e:
        return "inner returned after %s" % type(e).__name__
def middle():
    r = yield from inner()
    yield r
def outer():
    r = yield from middle()
    yield "outer end"
o = outer()
print(next(o), o.throw(ZeroDivisionError), next(o))

# gi_running, gi_frame, gi_code, already executing.
def watcher():
    yield w.gi_running
    try:
        next(w)
    except ValueError as e:
        yield str(e)
w = watcher()
print(w.gi_running, next(w), next(w), w.gi_running)
print(w.gi_code.co_name, w.gi_frame is not None, w.gi_suspended)
w.close()
print(w.gi_frame, w.gi_suspended)
def named():
    yield
n = named()
n.__name__ = "renamed"
n.__qualname__ = "Q.renamed"
print(n.__name__, n.__qualname__, repr(n).startswith("<generator object Q.renamed at"))
try:
    n.__name__ = 3
except TypeError as e:
    print("TypeError", e)

# sys.exc_info() inside and around generators.
def exc_gen():
    try:
        raise KeyError("in gen")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]

eg = exc_gen()
print(next(eg), sys.exc_info())
try:
    raise ValueError("outside")
except ValueError:
    print(next(eg), sys.exc_info()[0].__name__)
    print(next(eg))
print(sys.exc_info())

def sees_caller():
    yield sys.exc_info()[0]
try:
    raise IndexError
except IndexError:
    print(next(sees_caller()).__name__)

def context_gen():
    try:
        yield
    except Exception:
        raise RuntimeError("from gen")
cg = context_gen()
next(cg)
try:
    cg.throw(TypeError("thrown"))
except RuntimeError as e:
    print(repr(e), repr(e.__context__))

# PEP 479 inside yield from, and StopIteration with tuple values.
def raises_stop():
    yield 1
    raise StopIteration
def wraps():
    yield from raises_stop()
try:
    list(wraps())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__, e.__suppress_context__)
def ret_tuple():
    return (1, 2)
    yield
try:
    next(ret_tuple())
except StopIteration as e:
    print(e.value, e.args)
def ret_none():
    return
    yield
try:
    next(ret_none())
except StopIteration as e:
    print(e.value, e.args)
it = iter([1])
next(it)
try:
    next(it)
except StopIteration as e:
    print("list iter", e.value, e.args)
class OwnStop:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("own")
try:
    next(OwnStop())
except StopIteration as e:
    print("own stop", e.value)
def from_own():
    r = yield from OwnStop()
    return r
try:
    next(from_own())
except StopIteration as e:
    print("yield from own", e.value)
