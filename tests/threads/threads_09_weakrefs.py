# Weak references under threads: objects created and dropped on several
# threads, shared weak references dereferenced while another thread drops
# the referent's last strong reference (a reader must get the live object
# or None, never a dead one), callbacks and __del__ on every thread, and
# sys.getrefcount of an object referenced from several threads.
import sys
import threading
import weakref

THREADS = 4
ROUNDS = 3000


class Item:
    def __init__(self, n):
        self.n = n
        self.check = n * 7 + 1

    def valid(self):
        return self.check == self.n * 7 + 1


class Finalized:
    def __init__(self, sink):
        self.sink = sink

    def __del__(self):
        self.sink.append(1)


def churn(tid, died, dels, out):
    """Create, weakly reference and drop objects on this thread."""
    refs = []
    for i in range(ROUNDS):
        obj = Item(i)
        r = weakref.ref(obj, lambda wr: died.append(1))
        if r() is not obj or not r().valid():
            out.append("bad deref")
        refs.append(r)
        del obj
        if r() is not None:
            out.append("still alive")
        Finalized(dels)
    out.append(sum(1 for r in refs if r() is None))


def reader(slot, stop, out):
    """Dereference the shared weak reference while the writer replaces it."""
    seen = 0
    bad = 0
    while not stop.is_set():
        r = slot[0]
        obj = r()
        if obj is not None:
            seen += 1
            if not obj.valid():
                bad += 1
        obj = None
    out.append(bad)


def writer(slot, strong, stop, callbacks):
    refs = []   # keeps every weak reference alive, so every callback runs
    for i in range(ROUNDS * 2):
        obj = Item(i)
        slot[0] = weakref.ref(obj, lambda wr: callbacks.append(1))
        refs.append(slot[0])
        strong[0] = obj   # drops the previous object, readers may hold it
        obj = None
    strong[0] = None
    stop.set()


def holder(obj, keep):
    for _ in range(100):
        keep.append(obj)


def main():
    died = []
    dels = []
    outs = [[] for _ in range(THREADS)]
    ts = [threading.Thread(target=churn, args=(i, died, dels, outs[i])) for i in range(THREADS)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print("churn results:", outs)
    print("callbacks:", len(died), "expected", THREADS * ROUNDS)
    print("__del__ calls:", len(dels), "expected", THREADS * ROUNDS)

    slot = [weakref.ref(Item(-1))]
    strong = [None]
    stop = threading.Event()
    callbacks = []
    routs = [[] for _ in range(THREADS - 1)]
    rs = [threading.Thread(target=reader, args=(slot, stop, routs[i])) for i in range(THREADS - 1)]
    w = threading.Thread(target=writer, args=(slot, strong, stop, callbacks))
    for t in rs:
        t.start()
    w.start()
    w.join()
    for t in rs:
        t.join()
    print("readers saw invalid objects:", routs)
    print("writer callbacks:", len(callbacks), "expected", ROUNDS * 2)
    print("last referent dead:", slot[0]() is None)

    shared = Item(99)
    wr = weakref.ref(shared)
    keeps = [[] for _ in range(THREADS)]
    hs = [threading.Thread(target=holder, args=(shared, keeps[i])) for i in range(THREADS)]
    for t in hs:
        t.start()
    for t in hs:
        t.join()
    print("refcount with holders:", sys.getrefcount(shared))
    for k in keeps:
        k.clear()
    print("refcount after clearing:", sys.getrefcount(shared))
    del shared
    print("dead after last reference:", wr() is None)


main()
