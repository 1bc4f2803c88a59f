# attr_property: property reads and writes (issue 4's attribute benchmark).
# Each work item reads a read-only property computed from two attributes,
# reads and assigns a property with a setter that validates, and reads a
# plain attribute beside them for contrast.  Each thread uses its own
# instances; only the result slots are shared.  A fixed total of ITEMS work
# items is split evenly over the threads.
# Usage: attr_property.py [THREADS] [ITEMS]; prints a checksum that does not
# depend on the thread count.
import sys
import threading

ITEMS = 3000
INNER = 150
MOD = 1000000007


class Rect:
    def __init__(self, w, h):
        self.w = w
        self._h = h

    @property
    def area(self):
        return self.w * self._h

    @property
    def h(self):
        return self._h

    @h.setter
    def h(self, value):
        if value < 0:
            raise ValueError("negative height")
        self._h = value


def work_item(i):
    r = Rect(i % 97 + 1, 3)
    total = 0
    for k in range(INNER):
        r.h = k % 13
        total += r.area + r.h + r.w
    return total % MOD


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
    print("attr_property items", ITEMS, "checksum", sum(results) % MOD)


main()
