# Coroutine objects: creation, send/throw/close, attributes, await on
# coroutines and on objects with __await__, the coroutine_wrapper.


def drive(coro, sends=()):
    """Run a coroutine by hand, printing what it yields."""
    sends = list(sends)
    value = None
    try:
        while True:
            y = coro.send(value)
            print("  yielded", y)
            value = sends.pop(0) if sends else None
    except StopIteration as e:
        return e.value


async def add1(x):
    return x + 1


async def twice(x):
    a = await add1(x)
    b = await add1(a)
    return a, b


c = twice(1)
print(type(c).__name__, type(c).__qualname__)
print(c.cr_running, c.cr_await, c.cr_code.co_name, c.cr_suspended)
print(c.__name__, c.__qualname__, c.cr_frame is not None, c.cr_origin)
print(drive(c))
print(c.cr_frame, c.cr_suspended)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.throw(ValueError)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
c = add1(0)
print(repr(c).startswith("<coroutine object add1 at 0x"))
c.close()


class Ticket:
    """An awaitable whose __await__ is a generator."""

    def __init__(self, name):
        self.name = name

    def __await__(self):
        got = yield ("ticket", self.name)
        print("  ticket", self.name, "resumed with", got)
        return got * 2


async def uses_tickets():
    a = await Ticket("a")
    b = await Ticket("b")
    return a + b


print(drive(uses_tickets(), [10, 20]))


class Awaitable:
    def __await__(self):
        return iter([1, 2, 3])


async def iter_await():
    return await Awaitable()


print(drive(iter_await()))


async def nested(depth):
    if depth == 0:
        return await Ticket("leaf")
    return await nested(depth - 1) + 1


c = nested(3)
print(c.send(None))
print("cr_await is a coroutine:", type(c.cr_await).__name__)
print("inner await:", type(c.cr_await.cr_await).__name__)
try:
    c.send(5)
except StopIteration as e:
    print("nested result", e.value)


async def catcher():
    try:
        await Ticket("t")
    except KeyError as e:
        print("  caught", repr(e))
        return "recovered"
    finally:
        print("  finally")


c = catcher()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("after throw:", e.value)

c = catcher()
c.send(None)
c.close()
print("closed:", c.cr_frame)


async def ignores_exit():
    try:
        await Ticket("x")
    except GeneratorExit:
        await Ticket("y")


c = ignores_exit()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# __await__ gives an iterator over the same frame.
c = twice(10)
w = c.__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("via wrapper:", e.value)

w = uses_tickets().__await__()
print(w.send(None))
print(w.send(1))
try:
    w.send(2)
except StopIteration as e:
    print("wrapper send:", e.value)

# Sending a non-None value first.
c = twice(0)
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
c.close()

# A coroutine raising StopIteration.
async def stops():
    raise StopIteration("inner")


try:
    stops().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

# Running coroutine re-entered.
async def reenter():
    me.send(None)


me = reenter()
try:
    me.send(None)
except ValueError as e:
    print("ValueError:", e)

# Being awaited twice.
async def waiter(inner):
    return await inner


inner = uses_tickets()
first = waiter(inner)
first.send(None)
try:
    waiter(inner).send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
first.close()

# Flags and inspect.
import inspect

print(inspect.iscoroutinefunction(twice), inspect.iscoroutinefunction(drive))
c = twice(0)
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isawaitable(Ticket("z")))
print(inspect.isawaitable(5), hex(twice.__code__.co_flags & 0x80))
c.close()


class Methods:
    async def m(self, x):
        return await add1(x)

    @staticmethod
    async def s():
        return "static"


print(drive(Methods().m(41)), drive(Methods.s()))
print(drive((lambda: add1(99))()))
