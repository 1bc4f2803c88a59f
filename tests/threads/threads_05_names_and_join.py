# Thread names (current_thread().name, Thread(name=...)), args/kwargs, results collected into a list and printed sorted.
import threading
import time
print("main is", threading.current_thread().name)
results = []
res_lock = threading.Lock()
def work(n, scale=1, tag="none"):
    name = threading.current_thread().name
    total = sum(i * scale for i in range(n))
    time.sleep(0.001 * (n % 3))
    with res_lock:
        results.append((name, n, scale, tag, total))
threads = []
for i in range(6):
    th = threading.Thread(target=work, args=(100 * (i + 1),), kwargs={"scale": i, "tag": "t" + str(i)}, name="worker-" + str(i))
    threads.append(th)
print([th.name for th in threads])
for th in threads:
    th.start()
for th in threads:
    th.join()
for r in sorted(results):
    print(r)
seen = []
def record():
    seen.append(threading.current_thread().name)
named = threading.Thread(target=record, name="custom-name")
named.start()
named.join()
print(seen, named.name)
order = []
def step(k):
    order.append(k)
for k in range(5):
    th = threading.Thread(target=step, args=(k,))
    th.start()
    th.join()
print("sequential joins keep order", order)
def nested_spawn(depth, out):
    if depth == 0:
        out.append(threading.current_thread().name)
        return
    child = threading.Thread(target=nested_spawn, args=(depth - 1, out), name="level-" + str(depth - 1))
    child.start()
    child.join()
    out.append(threading.current_thread().name)
chain = []
root = threading.Thread(target=nested_spawn, args=(3, chain), name="level-3")
root.start()
root.join()
print(chain)
print("main still", threading.current_thread().name)
