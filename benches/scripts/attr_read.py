# attr_read: instance attribute reads (issue 4's attribute benchmark).  Each
# work item reads four attributes of an instance the thread created for
# itself, through `obj.attr` (LOAD_ATTR on an instance dict) and `self.attr`
# in a method, many times.  Nothing is shared between threads except each
# thread's result slot.  A fixed total of ITEMS work items is split evenly
# over the threads (strong scaling).
# Usage: attr_read.py [THREADS] [ITEMS]; prints a checksum that does not
# depend on the thread count.
import sys
import threading

ITEMS = 3000
INNER = 200
MOD = 1000000007


class Point:
    def __init__(self, x, y, z, w):
        self.x = x
        self.y = y
        self.z = z
        self.w = w

    def norm1(self):
        return self.x + self.y + self.z + self.w


def work_item(i):
    p = Point(i, i + 1, i + 2, i + 3)
    total = 0
    for _ in range(INNER):
        total += p.x + p.y + p.z + p.w
        total += p.x - p.w
    return (total + p.norm1()) % MOD


def worker(start, stop, slot, results):
    total = 0
    for i in range(start, stop):
        total = (total + work_item(i)) % MOD
    results[slot] = total


def main():
    global ITEMS
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    if len(sys.argv) > 2:
        ITEMS = int(sys.argv[2])
    n = max(n, 1)
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
    print("attr_read items", ITEMS, "checksum", sum(results) % MOD)


main()
