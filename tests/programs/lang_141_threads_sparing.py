# A deterministic use of threading: workers summing partitions under a Lock, joined in order.
import threading


class Accumulator:
    def __init__(self):
        self.lock = threading.Lock()
        self.total = 0
        self.parts = {}

    def add(self, name, value):
        with self.lock:
            self.total += value
            self.parts[name] = value


def worker(acc, name, chunk):
    s = 0
    for v in chunk:
        s += v * v
    acc.add(name, s)


data = list(range(1, 401))
acc = Accumulator()
threads = []
for i in range(4):
    chunk = data[i * 100:(i + 1) * 100]
    t = threading.Thread(target=worker, args=(acc, f"w{i}", chunk), name=f"worker-{i}")
    threads.append(t)
    t.start()
for t in threads:
    t.join()
print(acc.total, sum(v * v for v in data), sorted(acc.parts.items()))
print([t.name for t in threads], [t.is_alive() for t in threads])

results = [None] * 3


class Squarer(threading.Thread):
    def __init__(self, idx):
        super().__init__()
        self.idx = idx

    def run(self):
        results[self.idx] = self.idx ** 2


ts = [Squarer(i) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results)

ev = threading.Event()
box = []


def waiter():
    ev.wait()
    box.append("woke")


w = threading.Thread(target=waiter)
w.start()
box.append("set")
ev.set()
w.join()
print(box, ev.is_set())
local = threading.local()
local.value = "main"
seen = []


def read_local():
    seen.append(getattr(local, "value", "unset"))


t = threading.Thread(target=read_local)
t.start()
t.join()
print(seen, local.value, threading.current_thread().name)
rl = threading.RLock()
with rl:
    with rl:
        print("reentrant ok")
