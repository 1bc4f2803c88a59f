# asyncio Lock/Semaphore waiters cancelled while queued, and the reprs of
# the synchronization primitives and queues (addresses cut off).
import asyncio
async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    async def waiter(i):
        try:
            await lock.acquire()
            print("acquired", i)
            lock.release()
        except asyncio.CancelledError:
            print("cancelled", i)
            raise
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    ts[0].cancel()
    lock.release()
    await asyncio.gather(*ts, return_exceptions=True)
    sem = asyncio.Semaphore(0)
    ts = [asyncio.create_task(sem.acquire()) for i in range(3)]
    await asyncio.sleep(0)
    sem.release()
    ts[0].cancel()
    r = await asyncio.gather(*ts[:2], return_exceptions=True)
    print([type(x).__name__ for x in r], sem._value, sem.locked())
    ts[2].cancel()
    print(lock.locked(), repr(lock).split(" at ")[0])
asyncio.run(main())


async def main():
    q = asyncio.Queue(3)
    print(q)
    q.put_nowait(1); q.put_nowait("a")
    print(q)
    print(str(asyncio.PriorityQueue()))
    s = asyncio.Semaphore(2)
    print(repr(s).split(" at ")[0], repr(s).split("[")[1])
    await s.acquire(); await s.acquire()
    print(repr(s).split("[")[1])
    c = asyncio.Condition()
    print(repr(c).split("[")[1], repr(asyncio.Event()).split("[")[1])
    print(repr(asyncio.Lock()).split(" at ")[0])
asyncio.run(main())
