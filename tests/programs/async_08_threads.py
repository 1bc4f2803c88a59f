# asyncio with threads: to_thread/run_in_executor, one event loop per thread,
# and call_soon_threadsafe from a plain thread.
import asyncio, threading, time
def blocking(x):
    time.sleep(0.01)
    return x * 2
async def main():
    r = await asyncio.gather(asyncio.to_thread(blocking, 1), asyncio.to_thread(blocking, 2))
    print(r)
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 5))
asyncio.run(main())
results = []
def worker(i):
    async def w():
        await asyncio.sleep(0.001)
        return i
    results.append(asyncio.run(w()))
ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results))
async def with_thread_callback():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    def th():
        time.sleep(0.01)
        loop.call_soon_threadsafe(fut.set_result, "from thread")
    threading.Thread(target=th).start()
    print(await fut)
asyncio.run(with_thread_callback())
