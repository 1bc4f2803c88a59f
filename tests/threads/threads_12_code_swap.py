# Threads call a function while another thread keeps swapping its __code__:
# every call runs one whole body (old or new), never a mix, and never crashes.
import threading

def a(x):
    return ("a", x + 1)

def b(x):
    return ("b", x * 2)

codes = [a.__code__, b.__code__]
target = a
stop = threading.Event()
bad = []

def caller():
    for i in range(20000):
        tag, v = target(i)
        if not ((tag == "a" and v == i + 1) or (tag == "b" and v == i * 2)):
            bad.append((tag, i, v))

def swapper():
    n = 0
    while not stop.is_set():
        target.__code__ = codes[n % 2]
        n += 1

s = threading.Thread(target=swapper)
s.start()
callers = [threading.Thread(target=caller) for _ in range(3)]
for t in callers:
    t.start()
for t in callers:
    t.join()
stop.set()
s.join()
print("mismatches:", bad)
target.__code__ = codes[1]
print(target(21))
