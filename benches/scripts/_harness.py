# The shared tail of the attribute workloads (attr_*.py): split a fixed
# total of work items evenly over N threads and print a checksum that does
# not depend on N. Not a workload itself: the driver skips files that start
# with "_". Usage from a script: run("attr_x", work_item, ITEMS, MOD).
# Command line of the script: [THREADS] [ITEMS].
import sys
import threading


def _worker(work_item, start, stop, slot, results, mod):
    total = 0
    for i in range(start, stop):
        total = (total + work_item(i)) % mod
    results[slot] = total


def run(label, work_item, items, mod):
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    if len(sys.argv) > 2:
        items = int(sys.argv[2])
    n = max(n, 1)
    results = [0] * n
    threads = []
    for t in range(n):
        start = items * t // n
        stop = items * (t + 1) // n
        threads.append(threading.Thread(
            target=_worker, args=(work_item, start, stop, t, results, mod)))
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    print(label, "items", items, "checksum", sum(results) % mod)
