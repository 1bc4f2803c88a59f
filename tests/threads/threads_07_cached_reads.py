# Threads read shared lists and dicts (owned by the main thread), then the
# containers change: every later read must see the change, whether the main
# thread or another worker made it.
import threading

TABLE = [k * k for k in range(32)]
NAMES = ["n" + str(k) for k in range(8)]
LOOKUP = {name: i for i, name in enumerate(NAMES)}
CONFIG = {"scale": 3}

changed = threading.Event()
read_once = threading.Event()
results = {}


def snapshot():
    return (TABLE[5], TABLE[-1], LOOKUP["n3"], LOOKUP.get("n9"), CONFIG["scale"], len(TABLE), len(LOOKUP))


def reader(name):
    before = [snapshot() for _ in range(200)]
    read_once.set()
    changed.wait()
    after = [snapshot() for _ in range(200)]
    results[name] = (before[-1], after[0], after[-1], len(set(after)))


def writer():
    # A worker changes containers the main thread owns.
    TABLE[5] = -5
    LOOKUP["n3"] = "three"
    LOOKUP["n9"] = 9


t = threading.Thread(target=reader, args=("r1",))
t.start()
read_once.wait()
TABLE.append(1000)
CONFIG["scale"] = 4
w = threading.Thread(target=writer)
w.start()
w.join()
changed.set()
t.join()

before, first_after, last_after, distinct = results["r1"]
print("before", before)
print("after", first_after)
print("stable", first_after == last_after, distinct)
print("main sees", snapshot())

# Rebinding a global after threads started (its old value was deferred).
TABLE = [1, 2, 3]
t = threading.Thread(target=lambda: results.__setitem__("r2", (TABLE[1], len(TABLE))))
t.start()
t.join()
print("rebound", results["r2"])

# Many threads hammering reads while one keeps writing: every value read is
# one that was written, and the final value is seen by all.
SHARED = [0] * 16
stop = threading.Event()
seen_bad = []


def hammer():
    while not stop.is_set():
        for i in range(16):
            v = SHARED[i]
            if v % 7 != 0:
                seen_bad.append(v)


readers = [threading.Thread(target=hammer) for _ in range(3)]
for r in readers:
    r.start()
for round_ in range(1, 300):
    for i in range(16):
        SHARED[i] = round_ * 7
stop.set()
for r in readers:
    r.join()
print("hammer bad values", seen_bad[:3], "final", SHARED[0], SHARED[15])
