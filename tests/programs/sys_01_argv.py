# Module sys and time: argv (no extra args), recursion limit get/set, time.perf_counter monotonic, time.sleep.
import sys
import time
print(sys.argv[1:], len(sys.argv) >= 1, type(sys.argv).__name__)
print(sys.argv[0].endswith("sys_01_argv.py"))
old = sys.getrecursionlimit()
print(old)
sys.setrecursionlimit(1500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
t0 = time.perf_counter()
time.sleep(0.01)
t1 = time.perf_counter()
print(type(t0).__name__, t1 >= t0, t1 - t0 >= 0.005)
start = time.perf_counter()
total = 0
for i in range(10000):
    total += i
elapsed = time.perf_counter() - start
print(total, elapsed >= 0)
import threading
print(threading.current_thread().name)
time.sleep(0)
print("slept")
def f():
    return sys.getrecursionlimit() > 0
print(f(), isinstance(time.perf_counter(), float))
