# Async generators: __anext__/asend/athrow/aclose, their awaitables,
# ag_* attributes, aiter()/anext() and the errors of the protocol.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Step:
    def __await__(self):
        yield "step"


async def ticker(n):
    try:
        for i in range(n):
            await Step()
            got = yield i
            if got is not None:
                print("  ticker got", got)
    except ValueError as e:
        print("  ticker caught", repr(e))
        yield "after-throw"
    finally:
        print("  ticker finally")


async def main():
    g = ticker(3)
    print(type(g).__name__, g.__name__, g.ag_code.co_name)
    print(g.ag_running, g.ag_await, g.ag_frame is not None)
    print(repr(g).startswith("<async_generator object ticker at 0x"))
    print(aiter(g) is g, g.__aiter__() is g)
    aw = g.__anext__()
    print(type(aw).__name__)
    print(await aw)
    print(await g.asend("hello"))
    print(await g.athrow(ValueError("v")))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("still StopAsyncIteration")
    print(g.ag_frame)

    # aclose runs finally blocks.
    g = ticker(5)
    print(await anext(g))
    await g.aclose()
    print("after aclose")
    print(await anext(g, "default"))
    await g.aclose()

    # anext with and without default.
    g = ticker(1)
    print(await anext(g))
    print(await anext(g, "exhausted"))

    # athrow of an exception the generator does not catch.
    g = ticker(3)
    await anext(g)
    try:
        await g.athrow(KeyError("k"))
    except KeyError as e:
        print("propagated", repr(e))

    # Ignoring GeneratorExit.
    async def stubborn():
        try:
            yield 1
        except GeneratorExit:
            yield 2

    g = stubborn()
    await anext(g)
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

    # Returning values and `return` in async generators.
    async def early(n):
        yield n
        if n:
            return
        yield "unreached"

    print([x async for x in early(1)])

    # StopAsyncIteration and StopIteration raised inside.
    async def raises(exc):
        yield 1
        raise exc

    g = raises(StopAsyncIteration)
    await anext(g)
    try:
        await anext(g)
    except RuntimeError as e:
        print("RuntimeError:", e)
    g = raises(StopIteration)
    await anext(g)
    try:
        await anext(g)
    except RuntimeError as e:
        print("RuntimeError:", e)

    # Reusing an awaitable.
    g = ticker(2)
    aw = g.__anext__()
    await aw
    try:
        await aw
    except RuntimeError as e:
        print("RuntimeError:", e)
    aw = g.aclose()
    await aw
    try:
        await aw
    except RuntimeError as e:
        print("RuntimeError:", e)

    # Driving the awaitables by hand.
    g = ticker(2)
    aw = g.asend(None)
    print(aw.send(None))
    try:
        aw.send(None)
    except StopIteration as e:
        print("StopIteration value", e.value)
    aw = g.__anext__()
    print(aw.send(None))
    try:
        aw.throw(ValueError("by hand"))
    except StopIteration as e:
        print("StopIteration value", e.value)
    await g.aclose()

    # aiter()/anext() errors.
    for bad in (1, [1]):
        try:
            aiter(bad)
        except TypeError as e:
            print("TypeError:", e)
        try:
            anext(bad)
        except TypeError as e:
            print("TypeError:", e)

    class NoAnext:
        def __aiter__(self):
            return 1

    try:
        aiter(NoAnext())
    except TypeError as e:
        print("TypeError:", e)

    # An async generator in a class and with async for.
    class Tree:
        def __init__(self, value, *kids):
            self.value = value
            self.kids = kids

        async def walk(self):
            yield self.value
            for k in self.kids:
                async for v in k.walk():
                    yield v

    t = Tree(1, Tree(2, Tree(3)), Tree(4))
    print([v async for v in t.walk()])

    # yield inside async with inside an async generator.
    class CM:
        async def __aenter__(self):
            print("  cm enter")

        async def __aexit__(self, *a):
            print("  cm exit", a[0])

    async def in_cm():
        async with CM():
            yield "a"
            yield "b"

    async for v in in_cm():
        print("cm item", v)
    g = in_cm()
    await anext(g)
    await g.aclose()


run(main())
