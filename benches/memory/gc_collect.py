# gc.collect() on a heap of one million containers (issue 5): the driver
# (benches/memory.rs) compares the median time with python3's.
# Usage: gc_collect.py KIND [REPEAT]; KIND is list ([i]), inst (instances
# with one attribute) or dict ({"a": i}). Prints the median and the
# fastest collection in seconds.
import gc
import sys
import time


class C:
    def __init__(self, i):
        self.i = i


def build(kind, n):
    if kind == "list":
        return [[i] for i in range(n)]
    if kind == "inst":
        return [C(i) for i in range(n)]
    return [{"a": i} for i in range(n)]


def main():
    kind = sys.argv[1] if len(sys.argv) > 1 else "list"
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    heap = build(kind, 1_000_000)
    gc.collect()
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        gc.collect()
        times.append(time.perf_counter() - t)
    times.sort()
    print("gc", kind, len(heap), "median %.4f min %.4f" % (times[len(times) // 2], times[0]))


main()
