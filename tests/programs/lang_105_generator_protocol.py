# Generator send/throw/close, return values and cleanup in finally.
trace = []


def averager():
    total = count = 0
    avg = None
    try:
        while True:
            try:
                value = yield avg
            except ValueError as e:
                trace.append(f"ignored {e}")
                continue
            if value is None:
                break
            total += value
            count += 1
            avg = total / count
    finally:
        trace.append("averager cleanup")
    return (count, avg)


g = averager()
print(next(g))
print(g.send(10), g.send(20))
print(g.throw(ValueError("bad sample")))
print(g.send(30))
try:
    g.send(None)
except StopIteration as e:
    print("result", e.value)
print(trace)
trace.clear()


def closable():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        trace.append("got GeneratorExit")
        raise
    finally:
        trace.append("closable finally")


c = closable()
print(next(c))
c.close()
c.close()
print(trace, list(c))


def stubborn():
    while True:
        try:
            yield "x"
        except GeneratorExit:
            yield "refuse"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)


def delegator():
    r = yield from averager()
    trace.append(f"sub returned {r}")
    yield r


trace.clear()
d = delegator()
next(d)
d.send(4)
d.send(8)
print(d.throw(ValueError("through")))
print(d.send(None))
print(trace)

fresh = averager()
try:
    fresh.send(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    fresh.throw(KeyError("k"))
except KeyError as e:
    print(type(e).__name__, e)
print(next(fresh, "exhausted"))


def running():
    yield me.send(None)


me = running()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)

gen = (i * i for i in range(5))
print(next(gen), list(gen), list(gen))
print(type(gen).__name__, gen.__name__)
