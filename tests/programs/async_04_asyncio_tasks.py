# asyncio: tasks interleaving at `await asyncio.sleep(0)` in CPython's
# order, create_task/gather/wait_for, Event, Lock, Queue, Semaphore,
# Condition, futures and loop callbacks. Timers that must fire in a given
# order are 10 ms apart.
import asyncio

order = []


async def worker(name, n):
    for i in range(n):
        order.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name * 2


async def interleaving():
    t1 = asyncio.create_task(worker("a", 3))
    t2 = asyncio.create_task(worker("b", 2))
    print("names", t1.get_name(), t2.get_name(), asyncio.current_task().get_name())
    print("done before:", t1.done())
    r = await asyncio.gather(t1, worker("c", 2), t2)
    print(r, t1.done(), t1.result())
    print(order)
    order.clear()
    # A task started and awaited later runs meanwhile.
    t = asyncio.create_task(worker("d", 2))
    order.append("main")
    await asyncio.sleep(0)
    order.append("main again")
    await t
    print(order)


async def callbacks():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_soon(log.append, "soon1")
    loop.call_later(0.02, log.append, "later2")
    loop.call_later(0.01, log.append, "later1")
    h = loop.call_later(0.015, log.append, "cancelled")
    h.cancel()
    loop.call_soon(log.append, "soon2")
    fut = loop.create_future()
    fut.add_done_callback(lambda f: log.append(f"done cb {f.result()}"))
    loop.call_later(0.03, fut.set_result, "value")
    print("awaited", await fut)
    await asyncio.sleep(0)
    print(log)
    print(h.cancelled(), fut.done(), fut.cancelled())


async def sync_primitives():
    ev = asyncio.Event()

    async def waiter(i):
        print("waiting", i)
        await ev.wait()
        print("woke", i)

    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("set", ev.is_set())
    ev.set()
    await asyncio.gather(*ts)

    lock = asyncio.Lock()

    async def critical(i):
        async with lock:
            print("in", i, lock.locked())
            await asyncio.sleep(0)
            print("out", i)

    await asyncio.gather(*(critical(i) for i in range(3)))
    print("lock free", lock.locked())

    sem = asyncio.Semaphore(2)

    async def limited(i):
        async with sem:
            print("enter", i)
            await asyncio.sleep(0)
            print("leave", i)

    await asyncio.gather(*[limited(i) for i in range(4)])

    cond = asyncio.Condition()
    items = []

    async def consumer(i):
        async with cond:
            await cond.wait_for(lambda: items)
            print("consumer", i, "took", items.pop(0))

    async def producer():
        for i in range(2):
            await asyncio.sleep(0)
            async with cond:
                items.append(i)
                cond.notify()

    await asyncio.gather(consumer(0), consumer(1), producer())


async def queues():
    q = asyncio.Queue()

    async def prod():
        for i in range(4):
            await q.put(i)
            print("put", i)
        await q.put(None)

    async def cons():
        while True:
            x = await q.get()
            print("got", x)
            q.task_done()
            if x is None:
                break

    await asyncio.gather(prod(), cons())
    await q.join()
    bounded = asyncio.Queue(maxsize=1)

    async def p2():
        for i in range(3):
            await bounded.put(i)
            print("p2 put", i, bounded.full())

    async def c2():
        for _ in range(3):
            print("c2 got", await bounded.get())

    await asyncio.gather(p2(), c2())
    pq = asyncio.PriorityQueue()
    for x in [5, 1, 3]:
        pq.put_nowait(x)
    lq = asyncio.LifoQueue()
    for x in [5, 1, 3]:
        lq.put_nowait(x)
    print([pq.get_nowait() for _ in range(3)], [lq.get_nowait() for _ in range(3)])
    try:
        pq.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    full = asyncio.Queue(1)
    full.put_nowait(1)
    try:
        full.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull", full.qsize(), full.maxsize)


async def timing():
    async def slow(result, delay):
        await asyncio.sleep(delay)
        return result

    print(await asyncio.wait_for(slow("fast enough", 0), timeout=1))
    try:
        await asyncio.wait_for(slow("too slow", 10), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e) is TimeoutError)
    print(await asyncio.sleep(0.001, result="sleep result"))
    results = []
    for coro in asyncio.as_completed([slow("third", 0.03), slow("first", 0.01), slow("second", 0.02)]):
        results.append(await coro)
    print(results)
    t1 = asyncio.create_task(slow("quick", 0.01))
    t2 = asyncio.create_task(slow("slow", 0.2))
    done, pending = await asyncio.wait([t1, t2], return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    t2.cancel()
    done, pending = await asyncio.wait([t1, t2])
    print(len(done), len(pending), t2.cancelled())
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout() expired")
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print("timeout() not expired:", cm.expired())


async def main():
    await interleaving()
    await callbacks()
    await sync_primitives()
    await queues()
    await timing()
    loop = asyncio.get_running_loop()
    print(loop is asyncio.get_event_loop(), loop.is_running(), loop.is_closed())
    print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print))
    c = main()
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(main))
    c.close()
    return "main result"


print(asyncio.run(main()))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)


async def nested_run():
    c = asyncio.sleep(0)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()


asyncio.run(nested_run())
try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError:", e)
loop = asyncio.new_event_loop()
print(loop.run_until_complete(worker("x", 1)))
loop.close()
print(loop.is_closed())
