# Four threads make classes, methods and closures in a loop and drop them,
# while two of them also run the collector: deferred objects (classes, their
# functions) counted by one thread and dropped by another are freed exactly
# once, and none survives the last collection.
import gc
import threading
import weakref


class Base:
    def __del__(self):
        pass


refs = []
kept = []


def worker(k, rounds):
    total = 0
    for i in range(rounds):
        class Made(Base):
            n = i

            def get(self):
                return self.n + k

        obj = Made()
        total += obj.get()
        refs.append(weakref.ref(Made))
        if i % 500 == 0:
            kept.append(Made)  # handed to the main thread, dropped there
        if k < 2 and i % 1000 == 0:
            gc.collect()
    kept.append(total)


threads = [threading.Thread(target=worker, args=(k, 3000)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
totals = sorted(x for x in kept if isinstance(x, int))
print("totals:", totals)
print("classes handed over:", sum(1 for x in kept if isinstance(x, type)))
kept.clear()
gc.collect()
gc.collect()
print("classes:", len(refs), "dead:", sum(r() is None for r in refs))
print("subclasses left:", Base.__subclasses__())
