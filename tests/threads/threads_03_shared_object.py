# Readers scan a shared list/dict and call methods of one shared object while writer threads mutate a different list.
import threading
class Catalog:
    def __init__(self, items):
        self.items = list(items)
        self.index = {name: i for i, name in enumerate(self.items)}
        self.lock = threading.Lock()
        self.hits = 0
    def position(self, name):
        return self.index.get(name, -1)
    def describe(self, i):
        return self.items[i].upper() + "#" + str(i)
    def record_hit(self):
        with self.lock:
            self.hits += 1
names = ["item%d" % i for i in range(200)]
catalog = Catalog(names)
table = {n: len(n) * 3 for n in names}
log = []
reader_results = []
result_lock = threading.Lock()
def reader(rid, rounds):
    checksum = 0
    for r in range(rounds):
        for n in names:
            pos = catalog.position(n)
            checksum += pos + table[n]
            if pos % 50 == rid:
                catalog.describe(pos)
                catalog.record_hit()
    with result_lock:
        reader_results.append((rid, checksum))
def writer(wid, count):
    for i in range(count):
        log.append((wid, i))
        if i % 100 == 99:
            log.append((wid, "mark"))
readers = [threading.Thread(target=reader, args=(r, 200)) for r in range(3)]
writers = [threading.Thread(target=writer, args=(w, 50000)) for w in range(2)]
for th in readers + writers:
    th.start()
for th in readers + writers:
    th.join()
print("reader results", sorted(reader_results))
print("hits", catalog.hits)
print("log length", len(log), "marks", sum(1 for e in log if e[1] == "mark"))
print("per-writer", [sum(1 for e in log if e[0] == w and e[1] != "mark") for w in range(2)])
print("catalog intact", catalog.items == names, catalog.describe(7), len(catalog.index))
print("table intact", sum(table.values()), len(table))
