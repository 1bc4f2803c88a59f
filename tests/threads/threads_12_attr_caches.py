# Shared instances under threads, through the attribute caches: threads
# add their own attributes to the same objects at the same time (racing
# for the class's shared keys), read constant attributes, call a method
# another thread keeps replacing on the class, and one thread turns some
# objects' values into dicts (vars) midway. Every count must come out
# exact and every read must see a value some writer stored.
import threading

THREADS = 4
ROUNDS = 2000


class C:
    def __init__(self, k):
        self.a = k
        self.b = 2 * k

    def kind(self):
        return "one"


def kind_two(self):
    return "two"


def kind_one(self):
    return "one"


objs = [C(k) for k in range(8)]
stop = threading.Event()
bad = []


def worker(t):
    name = "count%d" % t
    for o in objs:
        setattr(o, name, 0)
    for r in range(ROUNDS):
        o = objs[r % len(objs)]
        setattr(o, name, getattr(o, name) + 1)
        if o.b != 2 * o.a:
            bad.append(("ab", t))
        if o.kind() not in ("one", "two"):
            bad.append(("kind", t))
        if r == ROUNDS // 2 and t == 0:
            for m in objs[::2]:
                vars(m)


def patcher():
    n = 0
    while not stop.is_set():
        C.kind = kind_two if n % 2 else kind_one
        n += 1
    C.kind = kind_one


p = threading.Thread(target=patcher)
p.start()
threads = [threading.Thread(target=worker, args=(t,)) for t in range(THREADS)]
for th in threads:
    th.start()
for th in threads:
    th.join()
stop.set()
p.join()

per_object = ROUNDS // len(objs)
print("bad reads:", bad)
print("counts exact:", all(getattr(o, "count%d" % t) == per_object
                           for o in objs for t in range(THREADS)))
print("attributes:", sorted(vars(objs[1])))
print("kind after:", objs[3].kind())
