# Coroutines and async generators driven by hand (no event loop): send, throw, athrow, aclose.
import types


@types.coroutine
def suspend(tag):
    reply = yield tag
    return reply


async def fetch(key):
    got = await suspend(f"need {key}")
    return f"{key}={got}"


async def gather(*keys):
    out = []
    for k in keys:
        out.append(await fetch(k))
    return out


def run(coro, replies):
    value = coro.send(None)
    try:
        while True:
            print("  loop saw", value)
            value = coro.send(replies.pop(0))
    except StopIteration as e:
        return e.value


print(run(gather("a", "b"), ["1", "2"]))
c = fetch("x")
print(c.send(None))
try:
    c.throw(LookupError("cancelled"))
except LookupError as e:
    print("LookupError", e, c.cr_frame)


async def ticker(n):
    try:
        for i in range(n):
            got = yield i
            if got:
                print("  ticker got", got)
    finally:
        print("  ticker finally")


def step(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("suspended unexpectedly")


t = ticker(3)
print(step(t.__anext__()), step(t.asend("hello")), step(t.__anext__()))
try:
    step(t.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")
t2 = ticker(5)
print(step(t2.__anext__()))
try:
    step(t2.athrow(ValueError("stop now")))
except ValueError as e:
    print("ValueError", e)
t3 = ticker(5)
step(t3.__anext__())
print(step(t3.aclose()), t3.ag_running)


async def collect(agen):
    return [x async for x in agen]


print(step(collect(ticker(2))))
coro = fetch("never")
print(type(coro).__name__, coro.cr_code.co_name, coro.__qualname__)
coro.close()
try:
    coro.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
