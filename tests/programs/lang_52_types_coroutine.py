# types.coroutine: generator-based coroutines awaited from async def, driven by hand.
import types

@types.coroutine
def suspend(value):
    received = yield value
    return "resumed with %r" % (received,)

async def worker(name):
    log = []
    r1 = await suspend(name + ":first")
    log.append(r1)
    r2 = await suspend(name + ":second")
    log.append(r2)
    return log

def run(coro, sends):
    out = []
    try:
        out.append(coro.send(None))
        for s in sends:
            out.append(coro.send(s))
    except StopIteration as e:
        out.append(("result", e.value))
    return out

print(run(worker("w"), ["a", "b"]))

@types.coroutine
def plain_gen():
    yield 1
    yield 2
print(type(plain_gen()).__name__, list(plain_gen()))

async def uses_plain():
    await plain_gen()
    return "done"
c = uses_plain()
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration", e.value)

def not_decorated():
    yield 1
async def bad_await():
    await not_decorated()
try:
    bad_await().send(None)
except TypeError as e:
    print("TypeError:", e)

class Awaitable:
    def __await__(self):
        x = yield "from __await__"
        return x * 2
async def use_awaitable():
    return await Awaitable()
co = use_awaitable()
print(co.send(None))
try:
    co.send(21)
except StopIteration as e:
    print("result", e.value)

async def nested():
    a = await worker("n1")
    return len(a)
print(run(nested(), [1, 2]))

wrapped = types.coroutine(lambda: 5)
print(wrapped())

async def native():
    return "native"
print(types.coroutine(native) is native)

@types.coroutine
def sleeper(n):
    for i in range(n):
        yield ("tick", i)
    return n

async def ticker():
    total = 0
    for n in (1, 2, 3):
        total += await sleeper(n)
    return total

def drive(coro):
    steps = []
    try:
        while True:
            steps.append(coro.send(None))
    except StopIteration as e:
        return steps, e.value
print(drive(ticker()))
c2 = worker("closing")
c2.send(None)
c2.close()
print("closed", c2.cr_frame is None)
