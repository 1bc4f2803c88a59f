# 4 threads update one shared dict: disjoint per-thread keys (exact final size) and shared counters under a Lock.
import threading
T = 4
N = 50000
shared = {"total": 0, "even": 0, "odd": 0}
lock = threading.Lock()
def worker(tid):
    for i in range(N):
        shared[(tid, i)] = tid * i
        lock.acquire()
        try:
            shared["total"] += 1
            if i % 2 == 0:
                shared["even"] += 1
            else:
                shared["odd"] += 1
        finally:
            lock.release()
threads = []
for t in range(T):
    th = threading.Thread(target=worker, args=(t,))
    threads.append(th)
    th.start()
for th in threads:
    th.join()
print("size", len(shared), "expected", T * N + 3)
print("total", shared["total"], "even", shared["even"], "odd", shared["odd"])
ok = True
for t in range(T):
    for i in range(N):
        if shared[(t, i)] != t * i:
            ok = False
print("all values correct", ok)
per_thread = {}
for key in shared:
    if isinstance(key, tuple):
        per_thread[key[0]] = per_thread.get(key[0], 0) + 1
print("per-thread key counts", sorted(per_thread.items()))
deleted = []
def deleter(tid):
    for i in range(0, N, 2):
        del shared[(tid, i)]
    deleted.append(tid)
threads = [threading.Thread(target=deleter, args=(t,)) for t in range(T)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print("after deletes", len(shared), sorted(deleted))
print("sum of remaining values", sum(v for k, v in shared.items() if isinstance(k, tuple)))
