# Generators: send/throw/close edge cases as a coroutine-style consumer meets them.
def averager():
    total = count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("  reset because", e)
            total = count = 0
            avg = None
            continue
        if value is None:
            return avg
        total += value
        count += 1
        avg = total / count


g = averager()
print(next(g), g.send(10), g.send(20))
print(g.throw(ValueError("bad reading")))
print(g.send(6))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

fresh = averager()
try:
    fresh.send(1)
except TypeError as e:
    print("TypeError", e)


def closer():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup ran")


c = closer()
print(next(c))
c.close()
c.close()
print(list(c))


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)


def catches_and_returns():
    try:
        yield 1
    except KeyError:
        return "handled"


h = catches_and_returns()
next(h)
try:
    h.throw(KeyError("k"))
except StopIteration as e:
    print("StopIteration value", e.value)

unstarted = catches_and_returns()
try:
    unstarted.throw(KeyError("early"))
except KeyError as e:
    print("KeyError before start", e)
print(unstarted.gi_frame is None, unstarted.gi_running)


def running_check():
    yield gen_self.gi_running


gen_self = running_check()
print(next(gen_self))


def reenter():
    yield next(me)


me = reenter()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)


def stop_inside():
    yield 1
    raise StopIteration("oops")


try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)


def delegate():
    result = yield from averager()
    print("  delegate got", result)
    yield "after"


d = delegate()
next(d)
d.send(4)
d.send(8)
print(d.send(None))
t = delegate()
next(t)
print(t.throw(ValueError("via yield from")))
