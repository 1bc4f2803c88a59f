# Errors of the asynchronous forms: SyntaxErrors from the compiler and
# TypeErrors/RuntimeErrors of the await, async with and async for protocols.

SOURCES = [
    "await x",
    "def f():\n    await x",
    "def f():\n    lambda: await x",
    "class C:\n    await x",
    "async with a:\n    pass",
    "def f():\n    async with a:\n        pass",
    "async for x in y:\n    pass",
    "def f():\n    async for x in y:\n        pass",
    "def f():\n    return [x async for x in y]",
    "def f():\n    return [await x for x in y]",
    "def f():\n    return {k: v async for k, v in y}",
    "[x async for x in y]",
    "async def f():\n    yield from x",
    "async def f():\n    yield 1\n    return 2",
    "async def f():\n    def g():\n        await x",
    "async def f():\n    class C:\n        await x",
]

for src in SOURCES:
    try:
        compile(src, "<test>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(f"{e.msg!r} line {e.lineno}")

# These compile: a generator expression with await or async for is an
# async generator wherever it is; async comprehensions nest.
for src in [
    "def f():\n    return (await x for x in y)",
    "def f():\n    return (x async for x in y)",
    "async def f():\n    return [[await z for z in x] for x in y]",
    "async def f():\n    return [x async for x in y]",
    "async def f():\n    async with a as b, c:\n        await b",
]:
    compile(src, "<test>", "exec")
    print("ok:", src.splitlines()[-1].strip())


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


def check(label, make):
    coro = make()
    try:
        run(coro)
        print(label, "-> no error")
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


async def await_int():
    await 1


async def await_none():
    await None


class BadAwait:
    def __await__(self):
        return 42


class AwaitReturnsCoro:
    def __await__(self):
        return await_int()


class AwaitNotCallable:
    __await__ = None


async def await_obj(o):
    return await o


async def async_with(o):
    async with o:
        pass


async def async_for(o):
    async for x in o:
        pass


class NoAexit:
    async def __aenter__(self):
        pass


class SyncCM:
    def __enter__(self):
        pass

    def __exit__(self, *a):
        pass


class AenterNotAwaitable:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        pass


class AexitNotAwaitable:
    async def __aenter__(self):
        pass

    def __aexit__(self, *a):
        return 1


class AiterNoAnext:
    def __aiter__(self):
        return 1


class AnextNotAwaitable:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


class SyncIter:
    def __iter__(self):
        return iter([])


check("await int", await_int)
check("await None", await_none)
check("__await__ returns int", lambda: await_obj(BadAwait()))
check("__await__ returns coroutine", lambda: await_obj(AwaitReturnsCoro()))
check("__await__ is None", lambda: await_obj(AwaitNotCallable()))
check("await a list", lambda: await_obj([]))
check("async with int", lambda: async_with(1))
check("async with no __aexit__", lambda: async_with(NoAexit()))
check("async with sync cm", lambda: async_with(SyncCM()))
check("__aenter__ not awaitable", lambda: async_with(AenterNotAwaitable()))
check("__aexit__ not awaitable", lambda: async_with(AexitNotAwaitable()))
check("async for int", lambda: async_for(1))
check("async for list", lambda: async_for([1]))
check("async for sync iterable", lambda: async_for(SyncIter()))
check("__aiter__ returns int", lambda: async_for(AiterNoAnext()))
check("__anext__ not awaitable", lambda: async_for(AnextNotAwaitable()))


async def coro():
    return 1


for label, action in [
    ("iter(coroutine)", lambda c: iter(c)),
    ("next(coroutine)", lambda c: next(c)),
    ("list(coroutine)", lambda c: list(c)),
    ("for over coroutine", lambda c: [x for x in c]),
    ("len(coroutine)", lambda c: len(c)),
    ("coroutine + 1", lambda c: c + 1),
]:
    c = coro()
    try:
        action(c)
    except TypeError as e:
        print(label, "-> TypeError:", e)
    c.close()


def plain_gen(c):
    yield from c


c = coro()
try:
    next(plain_gen(c))
except TypeError as e:
    print("yield from coroutine -> TypeError:", e)
c.close()

# throw() argument checking is the generator's.
c = coro()
for args in [(1,), (ValueError, 1, 2), (ValueError(), 1)]:
    try:
        c.throw(*args)
    except TypeError as e:
        print("throw", args, "-> TypeError:", e)
c.close()

# An exception thrown into a coroutine not yet started.
c = coro()
try:
    c.throw(KeyError("early"))
except KeyError as e:
    print("thrown before start:", repr(e))
try:
    c.send(None)
except RuntimeError as e:
    print("then:", e)

# Exceptions keep their traceback through awaits.
async def deep(n):
    if n == 0:
        raise ValueError("deep")
    await deep(n - 1)


try:
    run(deep(3))
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("traceback frames:", names)
