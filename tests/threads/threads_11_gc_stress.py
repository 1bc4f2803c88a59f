# Four threads make and drop cyclic garbage (some with __del__) while a
# fifth calls gc.collect() over and over: no crash, every __del__ runs
# exactly once, and nothing made by the workers is left alive.
import gc
import threading
import time

N_WORKERS = 4
PER_WORKER = 3000

lock = threading.Lock()
deleted = {}
finished = threading.Event()


class Finalized:
    def __init__(self, key):
        self.key = key
        self.self_ref = self
        self.friends = [self, {"me": self}]

    def __del__(self):
        with lock:
            deleted[self.key] = deleted.get(self.key, 0) + 1


class Plain:
    def __init__(self):
        self.partner = Plain.__new__(Plain)
        self.partner.partner = self


def worker(w):
    for i in range(PER_WORKER):
        Finalized((w, i))
        Plain()
        cyc = [i]
        cyc.append(cyc)
        d = {}
        d["d"] = d


def collector():
    rounds = 0
    while not finished.is_set() or rounds < 3:
        gc.collect()
        rounds += 1
        time.sleep(0.001)


threads = [threading.Thread(target=worker, args=(w,)) for w in range(N_WORKERS)]
c = threading.Thread(target=collector)
c.start()
for t in threads:
    t.start()
for t in threads:
    t.join()
finished.set()
c.join()
gc.collect()
gc.collect()

print("finalized", len(deleted), "of", N_WORKERS * PER_WORKER)
print("each once", all(n == 1 for n in deleted.values()))
alive = sum(isinstance(o, (Finalized, Plain)) for o in gc.get_objects())
print("alive", alive)
