# async def / await driven by hand with .send(None): a tiny scheduler.


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        for _ in range(self.ticks):
            yield "tick"
        return self.ticks


class Value:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        return self.v
        yield


async def worker(name, n, log):
    total = 0
    for i in range(n):
        waited = await Sleep(i % 2 + 1)
        total += waited
        log.append(f"{name}:{i}")
    v = await Value(name.upper())
    return f"{v}={total}"


async def failing(log):
    await Sleep(1)
    log.append("failing resumes")
    raise ValueError("worker failed")


async def parent(log):
    a = await worker("a", 2, log)
    try:
        await failing(log)
    except ValueError as e:
        log.append(f"parent caught {e}")
    return a


def run_all(coros):
    results = {}
    queue = list(coros.items())
    steps = 0
    while queue:
        name, coro = queue.pop(0)
        try:
            coro.send(None)
            steps += 1
            queue.append((name, coro))
        except StopIteration as e:
            results[name] = e.value
        except Exception as e:
            results[name] = f"{type(e).__name__}: {e}"
    return results, steps


log = []
res, steps = run_all({"w1": worker("x", 3, log), "w2": worker("y", 2, log), "p": parent(log), "f": failing(log)})
print(sorted(res.items()))
print(steps)
print(log)

c = worker("z", 1, [])
print(type(c).__name__, c.__name__, c.cr_running)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)


async def simple():
    return 7


co = simple()
try:
    co.send(None)
except StopIteration as e:
    print("value", e.value)
try:
    co.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)


async def bad_await():
    await 5


try:
    bad_await().send(None)
except TypeError as e:
    print(type(e).__name__, e)


class AsyncCM:
    async def __aenter__(self):
        log.append("aenter")
        return self

    async def __aexit__(self, *exc):
        log.append(f"aexit {exc[0].__name__ if exc[0] else None}")
        return True


async def with_cm():
    async with AsyncCM():
        await Sleep(1)
        raise KeyError("x")
    return "after"


log.clear()
co = with_cm()
print(co.send(None))
try:
    co.send(None)
except StopIteration as e:
    print(e.value, log)
