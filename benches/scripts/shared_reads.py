# shared_reads: threads reading the SAME objects concurrently.
# Every thread repeatedly calls the same module-level functions, calls methods
# of ONE shared object, and reads ONE shared list and ONE shared dict, all
# created by the main thread before the workers start.  Nothing shared is
# written except each thread's own result slot.  On a free-threaded
# interpreter this measures the cost of concurrent access to shared objects
# (reference counts, attribute and global lookups, container reads); ideal
# scaling is still 2x at 2 threads.  A fixed total of ITEMS work items is
# split evenly over the threads (strong scaling).
# Usage: shared_reads.py [THREADS]; prints a checksum that does not depend on
# the thread count.
import sys
import threading

ITEMS = 400000
MOD = 1000000007
SIZE = 64


class Model:
    def __init__(self, size, scale, offset):
        self.size = size
        self.scale = scale
        self.offset = offset

    def index(self, i):
        return (i * self.scale + self.offset) % self.size

    def weight(self, x):
        return x * self.scale + self.offset


def square_mod(x):
    return (x * x) % 10007


def combine(a, b):
    return (a * 31 + b) % MOD


# The shared state, created by the main thread at import time.
MODEL = Model(SIZE, 7, 3)
TABLE = [(k * k + 1) % 101 for k in range(SIZE)]
NAMES = ["k" + str(k) for k in range(16)]
LOOKUP = {}
for _k in range(16):
    LOOKUP[NAMES[_k]] = _k * 13 + 1


def work_item(i):
    acc = 0
    for r in range(8):
        j = MODEL.index(i + r)
        v = TABLE[j] + LOOKUP[NAMES[j % 16]]
        acc = combine(acc, square_mod(MODEL.weight(v)))
    return acc + len(TABLE) + len(LOOKUP)


def worker(start, stop, slot, results):
    acc = 0
    for i in range(start, stop):
        acc = (acc + work_item(i)) % MOD
    results[slot] = acc


def main():
    n = 1
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    if n < 1:
        n = 1
    results = [0] * n
    threads = []
    for t in range(n):
        start = ITEMS * t // n
        stop = ITEMS * (t + 1) // n
        threads.append(threading.Thread(target=worker, args=(start, stop, t, results)))
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    print("shared_reads items", ITEMS, "checksum", sum(results) % MOD)


main()
