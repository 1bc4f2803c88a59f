# Reprs of asyncio futures and tasks (states, names, callbacks, the coroutine
# position, reprlib-shortened results) and the Task-N numbering.
import asyncio

# Reprs name this file by its absolute path: print it relative.
HERE = __file__[:__file__.rfind("/") + 1]
_print = print


def print(*args):
    _print(*[str(a).replace(HERE, "") for a in args])


async def w(x):
    await asyncio.sleep(0.001)
    return x


async def main():
    t = asyncio.create_task(w(1), name="T")
    print(t)
    await asyncio.sleep(0)
    print(t)
    f = asyncio.get_running_loop().create_future()
    print(f)
    f.add_done_callback(print)
    print(f)
    f.add_done_callback(lambda f: None)
    print(f)
    f.add_done_callback(lambda f: None)
    print(f)
    await t
    print(t)
    f.set_result(3)
    print(f)
    f2 = asyncio.Future()
    f2.cancel()
    print(f2)
    f3 = asyncio.Future()
    f3.set_exception(ValueError("v"))
    print(f3)
    f3.exception()
    t2 = asyncio.create_task(w(2))
    t2.cancel()
    print(t2)
    try:
        await t2
    except asyncio.CancelledError:
        pass
    print(t2)
    for result in ["x" * 50, list(range(10)), tuple(range(3)), (1,), {i: i for i in range(6)},
                   {3, 1, 2}, set(), 10 ** 50, [[[[[[[[1]]]]]]]], 2.5, None, ("a" * 40,)]:
        fut = asyncio.Future()
        fut.set_result(result)
        print(fut)
    names = []
    for name in [None, "named", None]:
        task = asyncio.create_task(w(0), name=name)
        names.append(task.get_name())
        await task
    loop = asyncio.get_running_loop()
    for name in [None, "direct", None]:
        task = loop.create_task(w(0), name=name)
        names.append(task.get_name())
        await task
    print(names)


asyncio.run(main())
