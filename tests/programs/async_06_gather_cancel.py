# asyncio: exceptions and cancellation through tasks, gather (with and
# without return_exceptions), shield, TaskGroup, and what asyncio.run does
# with tasks left pending at the end.
import asyncio

log = []


async def child(i, delay=0.01):
    try:
        log.append(f"start {i}")
        await asyncio.sleep(delay)
        log.append(f"end {i}")
        return i
    except asyncio.CancelledError:
        log.append(f"cancelled {i}")
        raise
    finally:
        log.append(f"finally {i}")


async def fail(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)


def show():
    print(log)
    log.clear()


async def cancellation():
    t = asyncio.create_task(child(1))
    await asyncio.sleep(0)
    print("cancel ->", t.cancel("stop it"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("CancelledError args", e.args)
    print(t.cancelled(), t.done(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")
    show()
    # Cancelled before it ever ran.
    t = asyncio.create_task(child(2))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start")
    show()

    # A task that swallows cancellation.
    async def stubborn():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("stubborn swallowed cancel")
        return "kept going"

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    # Exceptions from tasks.
    t = asyncio.create_task(fail("task failed"))
    try:
        await t
    except ValueError as e:
        print("awaited task raised", e, repr(t.exception()))


async def gathering():
    print(await asyncio.gather())
    r = await asyncio.gather(child(1), fail("one"), child(2), return_exceptions=True)
    print([repr(x) for x in r])
    show()
    try:
        await asyncio.gather(child(3, 0.02), fail("first error", 0.01))
    except ValueError as e:
        print("gather raised", e)
    # The other child keeps running after gather gave up.
    await asyncio.sleep(0.03)
    show()
    g = asyncio.gather(child(4), child(5))
    await asyncio.sleep(0)
    print("gather.cancel ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    show()
    t = asyncio.create_task(child(6))
    r = await asyncio.gather(t, t, child(7))
    print("duplicates", r)
    show()
    c = asyncio.create_task(child(8))
    g = asyncio.gather(c, child(9), return_exceptions=True)
    await asyncio.sleep(0)
    c.cancel()
    r = await g
    print([type(x).__name__ for x in r])
    show()


async def shielding():
    inner = asyncio.create_task(child(10, 0.02))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled, inner done?", inner.done())
    print("inner result", await inner)
    show()
    print("shield result", await asyncio.shield(child(11, 0)))
    show()


async def wait_for_cancels():
    try:
        await asyncio.wait_for(child(12, 1), 0.01)
    except TimeoutError:
        print("wait_for timed out")
    show()
    t = asyncio.create_task(asyncio.wait_for(child(13, 1), 5))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer wait_for cancelled")
    show()


async def task_groups():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(child(20))
        b = tg.create_task(child(21, 0.02))
    print("group results", a.result(), b.result())
    show()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("in group", 0.01))
            slow = tg.create_task(child(22, 1))
    except Exception as eg:
        print(type(eg).__name__, "|", eg, "|", [repr(e) for e in eg.exceptions])
    print("sibling cancelled:", slow.cancelled())
    show()


async def leftover(i):
    try:
        await asyncio.sleep(10)
    finally:
        print("leftover", i, "cleaned up")


async def main():
    await cancellation()
    await gathering()
    await shielding()
    await wait_for_cancels()
    await task_groups()
    asyncio.create_task(leftover(1))
    await asyncio.sleep(0)
    print("main returns")
    return "done"


print(asyncio.run(main()))


async def raiser():
    await asyncio.sleep(0)
    raise RuntimeError("from the main coroutine")


try:
    asyncio.run(raiser())
except RuntimeError as e:
    print("asyncio.run raised:", e)


async def cancels_itself():
    asyncio.current_task().cancel()
    await asyncio.sleep(0)


try:
    asyncio.run(cancels_itself())
except asyncio.CancelledError:
    print("main task cancelled")
print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
print(asyncio.TimeoutError is TimeoutError, issubclass(asyncio.InvalidStateError, Exception))
