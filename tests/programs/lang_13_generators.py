# Generators: yield, send, throw, close, return values, StopIteration, gi_ state.
def counter(n):
    i = 0
    while i < n:
        received = yield i
        if received is not None:
            i = received
        else:
            i += 1
    return "done at %d" % i
g = counter(5)
print(next(g), next(g), g.send(3), next(g))
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, e.value, e.args)
print(list(counter(3)))
def echo():
    try:
        while True:
            try:
                x = yield
                print("echo", x)
            except ValueError as e:
                print("handled", e)
                yield "recovered"
    finally:
        print("cleanup")
e = echo()
next(e)
e.send(1)
e.send("two")
print(e.throw(ValueError("bad")))
next(e)
e.close()
print("closed")
e.close()
g2 = counter(2)
try:
    g2.send(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
def closer():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        yield 2
c = closer()
next(c)
try:
    c.close()
except RuntimeError as ex:
    print(type(ex).__name__, ex)
def raise_stop():
    yield 1
    raise StopIteration("manual")
try:
    list(raise_stop())
except RuntimeError as ex:
    print(type(ex).__name__, ex, type(ex.__cause__).__name__)
def thrower():
    yield 1
t = thrower()
try:
    t.throw(KeyError("unstarted"))
except KeyError as ex:
    print("unstarted throw", repr(ex))
print(next(t, "exhausted default"))
def running():
    yield next(r)
r = running()
try:
    next(r)
except ValueError as ex:
    print(type(ex).__name__, ex)
gen = (x * x for x in range(4))
print(next(gen), list(gen), list(gen))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def ret_only():
    return 5
    yield
try:
    next(ret_only())
except StopIteration as ex:
    print("value", ex.value)
