# Async generators, async for and async comprehensions, driven without an event loop.


class Tick:
    def __await__(self):
        yield "tick"


async def numbers(n):
    for i in range(n):
        await Tick()
        yield i
    print("  numbers exhausted")


async def squares(source):
    async for v in source:
        if v % 2:
            continue
        yield v * v


class AsyncRange:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Tick()
        return self.i


async def main():
    out = []
    async for s in squares(numbers(7)):
        out.append(s)
    comp = [x async for x in AsyncRange(4) if x != 2]
    gen_total = 0
    async for v in AsyncRange(3):
        gen_total += v
    agen = numbers(3)
    first = await agen.__anext__()
    second = await anext(agen)
    rest = [v async for v in agen]
    try:
        await anext(agen)
    except StopAsyncIteration:
        out.append("stop")
    default = await anext(agen, "dflt")
    return out, comp, gen_total, first, second, rest, default


def drive(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return ticks, e.value


ticks, result = drive(main())
print(ticks)
for part in result:
    print(part)


async def closing():
    try:
        yield 1
        yield 2
    finally:
        print("  agen finally")


async def use_aclose():
    g = closing()
    v = await g.__anext__()
    await g.aclose()
    return v, type(g).__name__


print(drive(use_aclose()))


async def thrower():
    try:
        yield "a"
    except KeyError as e:
        yield f"caught {e}"


async def use_athrow():
    g = thrower()
    await anext(g)
    return await g.athrow(KeyError("k"))


print(drive(use_athrow()))
try:
    drive(use_athrow_missing()) if False else None
    for _ in numbers(1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
