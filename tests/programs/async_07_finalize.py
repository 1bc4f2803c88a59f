# Cancelling a task suspended in `async for` over an async generator (the
# CancelledError travels through the asend awaitable into the generator),
# and coroutines/async generators dropped while suspended in try/finally.
import asyncio


async def numbers():
    try:
        for i in range(100):
            await asyncio.sleep(0.001)
            yield i
    finally:
        print("numbers finally")


async def consumer(seen):
    try:
        async for x in numbers():
            print("x", x)
            if x == 1:
                seen.set()
    except asyncio.CancelledError:
        print("consumer cancelled")
        raise


async def main():
    seen = asyncio.Event()
    t = asyncio.create_task(consumer(seen))
    await seen.wait()
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main saw the cancel")


asyncio.run(main())


class Suspend:
    def __await__(self):
        yield 1


async def coro():
    try:
        await Suspend()
    finally:
        print("coroutine finally on drop")


c = coro()
c.send(None)
del c
print("after del coroutine")


async def agen():
    try:
        yield 1
    finally:
        print("async generator finally on drop")


g = agen()
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("first item", e.value)
del g
print("after del async generator")
