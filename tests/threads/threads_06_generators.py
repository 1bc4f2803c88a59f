# Generators shared between threads: resumed by whichever thread, one at a time; closed by the thread that drops them.
import threading

log = []
lock = threading.Lock()
log_lock = threading.Lock()

def counter(n):
    try:
        for i in range(n):
            yield i
    finally:
        with log_lock:
            log.append("closed %d" % n)

# One generator consumed by several threads: every value exactly once.
shared = counter(2000)
seen = []
errors = []
def consume():
    while True:
        try:
            with lock:
                v = next(shared)
        except StopIteration:
            return
        except ValueError as e:
            errors.append(str(e))
            continue
        seen.append(v)
ts = [threading.Thread(target=consume) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(seen), sorted(seen) == list(range(2000)), errors, log)
log.clear()

# "generator already executing" when two threads race without a lock.
def slow():
    while True:
        total = 0
        for i in range(2000):
            total += i
        yield total
g = slow()
racing = []
def race():
    for _ in range(200):
        try:
            next(g)
        except ValueError as e:
            racing.append(str(e))
ts = [threading.Thread(target=race) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(set(racing) <= {"generator already executing"})

# Each worker drops its own suspended generator: the finally runs on that thread.
results = []
def worker(k):
    gen = counter(10 + k)
    next(gen)
    del gen
    with lock:
        results.append(k)
ts = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results), sorted(log))
