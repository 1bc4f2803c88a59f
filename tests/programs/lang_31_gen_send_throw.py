# Generators: send, throw, close, return values and StopIteration rules.
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            if x is None:
                continue
            received.append(x)
    except GeneratorExit:
        print("closing with", received)
        raise
    finally:
        print("finally in echo")

g = echo()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(next(g))
g.close()
print("closed again:", g.close())

def must_start():
    yield 1
try:
    must_start().send(5)
except TypeError as e:
    print("TypeError:", e)

def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught", repr(e))
            yield "recovered"
c = catcher()
print(next(c))
print(c.throw(ValueError("boom")))
print(next(c))
print(c.throw(ValueError, "second"))
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(next(c, "exhausted"))

def returns():
    yield 1
    return "the value"
r = returns()
print(next(r))
try:
    next(r)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)

def raises_stop():
    yield 1
    raise StopIteration("inner")
try:
    list(raises_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
ig = ignore_exit()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def running():
    yield me.send(None)
me = running()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def counter(n):
    i = 0
    while i < n:
        cmd = yield i
        if cmd == "reset":
            i = 0
        else:
            i += 1
k = counter(5)
out = [next(k), next(k), next(k), k.send("reset"), next(k)]
print(out)
print(list(k))
print(type(k).__name__, k.gi_running, k.gi_frame is None)
gen = (x * x for x in range(3))
print(next(gen), gen.send(None), list(gen))
try:
    next(gen)
except StopIteration as e:
    print("genexpr done", e.value)
