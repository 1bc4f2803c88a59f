# list(d), tuple(d), sorted(d) and `for k in list(d)` of a dict that other
# threads keep inserting into: each is one snapshot (CPython's GIL build
# copies under the GIL, the free-threaded build under the dict's lock),
# never "dictionary changed size during iteration".
import threading

shared = {}
errors = []
done = threading.Event()


def writer(t):
    for i in range(3000):
        shared[(t, i)] = i
        if i % 3 == 0:
            shared.pop((t, i - 1), None)


def reader():
    seen = 0
    while not done.is_set():
        try:
            keys = list(shared)
            seen = max(seen, len(tuple(shared)))
            sorted(shared, key=lambda k: k[1])
            for k in keys:
                pass
        except RuntimeError as e:
            errors.append(str(e))
    return seen


writers = [threading.Thread(target=writer, args=(t,)) for t in range(3)]
r = threading.Thread(target=reader)
r.start()
for w in writers:
    w.start()
for w in writers:
    w.join()
done.set()
r.join()
print("errors:", errors[:1])
print("final size:", len(shared), len(list(shared)) == len(shared))
