# Instances of builtin subclasses and __class__ assignment under threads:
# workers share int/str subclass instances and objects whose class another
# thread keeps swapping; every read sees one of the two classes.
import threading

class Money(int):
    def __repr__(self):
        return "Money(%d)" % int(self)

class Tag(str):
    pass

class Red:
    def color(self):
        return "red"

class Blue:
    def color(self):
        return "blue"

coins = [Money(i) for i in range(100)]
tags = [Tag("t%d" % i) for i in range(100)]
for c in coins:
    c.note = int(c) * 2
shared = [Red() for _ in range(8)]
results = []
lock = threading.Lock()
stop = threading.Event()

def worker(k):
    total = 0
    seen = set()
    for rep in range(200):
        for c in coins:
            total += c + k
            assert c.note == int(c) * 2
        for s in shared:
            seen.add(s.color())
            assert type(s) in (Red, Blue)
    n = sum(len(t) for t in tags)
    with lock:
        results.append((k, total, n, seen <= {"red", "blue"}))

def flipper():
    i = 0
    while not stop.is_set():
        for s in shared:
            s.__class__ = Blue if i % 2 else Red
        i += 1

f = threading.Thread(target=flipper)
f.start()
ts = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
stop.set()
f.join()
for r in sorted(results):
    print(r)
print(repr(coins[7]), type(coins[7] + 1).__name__, tags[3].upper(), type(tags[3]).__name__)
