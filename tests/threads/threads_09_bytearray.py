# 4 threads append to ONE shared bytearray (and extend it) while 2 threads read it: no byte lost; reads see whole states.
import threading
N = 20000
T = 4
shared = bytearray()
stop = threading.Event()
seen = []
def writer(tid):
    for i in range(N):
        shared.append(tid)
        if i % 1000 == 0:
            shared.extend(bytes([tid]) * 10)
def reader():
    last = 0
    bad = 0
    while not stop.is_set():
        n = len(shared)
        if n < last:
            bad += 1
        last = n
        snap = bytes(shared)
        if any(b >= T for b in snap[-50:]):
            bad += 1
        shared.count(0)
        shared.find(b"\x03")
        _ = shared[-1:] if snap else b""
    seen.append(bad)
readers = [threading.Thread(target=reader) for _ in range(2)]
writers = [threading.Thread(target=writer, args=(t,)) for t in range(T)]
for th in readers + writers:
    th.start()
for th in writers:
    th.join()
stop.set()
for th in readers:
    th.join()
per = N + (N // 1000) * 10
print("length", len(shared), "expected", T * per, len(shared) == T * per)
print("per-thread counts", [shared.count(t) for t in range(T)])
print("readers saw shrinking or bad bytes", seen)
with memoryview(shared) as m:
    print("view sum", sum(m.cast("B")) == sum(t * per for t in range(T)))
