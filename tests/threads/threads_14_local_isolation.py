# threading.local under real concurrency: each worker sees only its own attributes.
import threading

ctx = threading.local()


class RequestCtx(threading.local):
    def __init__(self, prefix):
        self.prefix = prefix
        self.items = []


req = RequestCtx("req")
barrier = threading.Barrier(4)
results = {}
lock = threading.Lock()


def worker(n):
    ctx.worker = n
    req.items.append(n)
    barrier.wait()
    for i in range(200):
        ctx.counter = getattr(ctx, "counter", 0) + 1
        req.items.append(i)
    barrier.wait()
    with lock:
        results[n] = (ctx.worker, ctx.counter, req.prefix, len(req.items), req.items[0])


threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print(hasattr(ctx, "worker"), req.items, req.prefix)
ctx.main_only = True


def check():
    with lock:
        results["late"] = (hasattr(ctx, "main_only"), sorted(vars(ctx)))


t = threading.Thread(target=check)
t.start()
t.join()
print(results["late"], ctx.main_only)
