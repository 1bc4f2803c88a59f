# Async generator finalization under asyncio: sys.set_asyncgen_hooks, the
# loop's finalizer hook scheduling aclose() in a task (breaking out of async
# for, dropping a suspended generator), and the hooks outside a loop.
import asyncio, sys
async def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        await asyncio.sleep(0)
        print("cleanup", tag)

async def main():
    async for x in gen("a"):
        print("got", x)
        break
    print("after break")
    await asyncio.sleep(0)
    print("main slept")
    await asyncio.sleep(0)
    print("main slept again")
    t = asyncio.create_task(asyncio.sleep(0))
    print(t.get_name())
    await t
    g = gen("b")
    print(await g.__anext__())
    del g
    print("deleted b")
    await asyncio.sleep(0.01)
    print("end of main")
print(tuple(sys.get_asyncgen_hooks()))
asyncio.run(main())
print(sys.get_asyncgen_hooks() == (None, None))
def fi(agen): print("firstiter", type(agen).__name__)
sys.set_asyncgen_hooks(firstiter=fi)
async def plain():
    yield 1
async def m2():
    async for x in plain(): pass
c = m2()
try:
    c.send(None)
except StopIteration:
    pass
sys.set_asyncgen_hooks(None, None)
try:
    sys.set_asyncgen_hooks(firstiter=5)
except TypeError as e:
    print(e)
