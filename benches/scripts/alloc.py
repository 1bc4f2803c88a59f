# alloc: allocation-heavy code.  Each work item builds and drops many small
# lists, tuples, dicts and class instances (including via comprehensions),
# keeping a short-lived batch of instances alive so the allocator and the
# reference counting / freeing paths are exercised, not just a free list.
# Each thread allocates only its own objects.  A fixed total of ITEMS work
# items is split evenly over the threads (strong scaling).
# Usage: alloc.py [THREADS]; prints a checksum that does not depend on the
# thread count.
import sys
import threading

ITEMS = 70000
MOD = 1000000007


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return self.x + self.y


def work_item(i):
    acc = 0
    batch = []
    for k in range(12):
        lst = [i, k, i + k]
        tup = (k, i, lst[2])
        d = {"a": k, "b": i, "c": tup[2]}
        p = Point(tup[0], d["b"])
        batch.append(p)
        sq = [x * x for x in range(6)]
        pairs = [(x, k) for x in range(3)]
        acc = acc + len(lst) + tup[2] + d["a"] + p.norm1() + sum(sq) + pairs[2][0]
    small = {k: k * i for k in range(4)}
    acc = acc + sum([p.x for p in batch]) + len(small)
    return acc % MOD


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
    print("alloc items", ITEMS, "checksum", sum(results) % MOD)


main()
