# 4 threads compute with complex numbers made by one thread and shared (a global table and a shared dict of results):
# the values other threads own are read, combined and freed on every thread; results must be exact.
import threading
T = 4
N = 20000
table = [complex(i, -i) for i in range(64)]
results = {}
lock = threading.Lock()
def worker(tid):
    acc = 0j
    w = complex(tid - 1, tid + 1)
    for i in range(N):
        z = table[i % 64]
        acc += z * w - z.conjugate()
        if i % 5000 == 0:
            with lock:
                results[(tid, i)] = acc
    with lock:
        results[tid] = acc
threads = [threading.Thread(target=worker, args=(t,)) for t in range(T)]
for th in threads:
    th.start()
for th in threads:
    th.join()
for tid in range(T):
    acc = 0j
    w = complex(tid - 1, tid + 1)
    for i in range(N):
        z = table[i % 64]
        acc += z * w - z.conjugate()
    print(tid, results[tid], results[tid] == acc, results[(tid, 5000)])
print(len(results), sum(results[t] for t in range(T)), hash(sum(results[t] for t in range(T))))
