# 4 threads each append 100,000 items to ONE shared list: no item may be lost or duplicated; per-thread order kept.
import threading
N = 100000
T = 4
shared = []
def worker(tid):
    base = tid * N
    for i in range(N):
        shared.append(base + i)
threads = [threading.Thread(target=worker, args=(t,)) for t in range(T)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print("length", len(shared))
total = sum(shared)
expected = sum(range(T * N))
print("sum", total, "expected", expected, total == expected)
per_thread = [[] for _ in range(T)]
for v in shared:
    per_thread[v // N].append(v)
print("per-thread counts", [len(p) for p in per_thread])
print("per-thread order preserved", all(p == list(range(t * N, (t + 1) * N)) for t, p in enumerate(per_thread)))
print("no duplicates", len(set(shared)) == T * N)
print("min/max", min(shared), max(shared))
