# async with (__aenter__/__aexit__, suppression, return/break/continue
# through it), async for (__aiter__/__anext__, StopAsyncIteration, else,
# break, nested) and asynchronous comprehensions.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Step:
    """An awaitable that suspends once (what an event loop would see)."""

    def __await__(self):
        yield "step"


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Step()
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        await Step()
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress


class Counter:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        self.i = 0
        return self

    async def __anext__(self):
        await Step()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def with_forms():
    async with Manager("a") as a:
        print("body", a)
    async with Manager("b") as b, Manager("c") as c:
        print("body", b, c)
    async with Manager("d", suppress=True):
        raise ValueError("suppressed")
    print("after suppressed")
    try:
        async with Manager("e"):
            raise KeyError("escapes")
    except KeyError as e:
        print("caught", repr(e))
    for i in range(3):
        async with Manager(f"loop{i}"):
            if i == 0:
                continue
            if i == 2:
                break
            print("loop body", i)
    return await returns_inside()


async def returns_inside():
    async with Manager("r"):
        return "returned from inside"


print(run(with_forms()))


async def for_forms():
    async for x in Counter(3):
        print("x", x)
    else:
        print("else ran")
    async for x in Counter(5):
        if x == 2:
            continue
        if x == 4:
            break
        print("y", x)
    else:
        print("not printed")
    async for x in Counter(2):
        async for y in Counter(2):
            print("pair", x, y)
    total = 0
    async for a, b in Pairs():
        total += a * b
    print("total", total)
    try:
        async for x in Failing():
            print("failing gave", x)
    except ZeroDivisionError as e:
        print("error from __anext__:", e)
    async for x in Counter(0):
        print("never")
    else:
        print("empty else")


class Pairs:
    def __aiter__(self):
        return PairsIter()


class PairsIter:
    def __init__(self):
        self.items = [(1, 2), (3, 4)]

    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)


class Failing:
    def __aiter__(self):
        self.n = 0
        return self

    async def __anext__(self):
        self.n += 1
        if self.n == 2:
            1 / 0
        return self.n


run(for_forms())


async def double(x):
    await Step()
    return x * 2


async def comprehensions():
    print([x async for x in Counter(4)])
    print([x async for x in Counter(6) if x % 2])
    print({x: await double(x) async for x in Counter(3)})
    print({await double(x) for x in range(3)})
    print([await double(x) for x in range(4)])
    print([(x, y) async for x in Counter(2) for y in range(x)])
    print([[y async for y in Counter(x)] async for x in Counter(3)])
    gen = (x * 10 async for x in Counter(3))
    print(type(gen).__name__)
    print([v async for v in gen])
    gen2 = (await double(x) for x in range(3))
    print(type(gen2).__name__, [v async for v in gen2])


run(comprehensions())


# A generator expression with `await` is an async generator even in a
# plain function.
def make_agen():
    return (await double(x) for x in [5])


g = make_agen()
print(type(g).__name__, run(g.__anext__()))
g.aclose().close()
