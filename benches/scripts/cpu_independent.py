# cpu_independent: pure CPU work with nothing shared between the threads.
# Each thread runs a loop of integer arithmetic on local variables, a while
# loop, and a small Python function called in a loop.  A fixed total of
# ITEMS work items is split evenly over the threads (strong scaling), so on
# a free-threaded interpreter 2 threads should take about half the time of 1.
# Usage: cpu_independent.py [THREADS]; prints a checksum that does not depend
# on the thread count.
import sys
import threading

ITEMS = 600000
MOD = 1000000007


def mix(x, y):
    return (x * 31 + y * 17 + 7) % 65521


def work_item(i):
    a = i
    b = 1
    k = 0
    while k < 10:
        a = (a * 1103 + 12345) % 65536
        b = b + mix(a, k)
        k += 1
    c = 0
    for j in range(10):
        c = c + (a + j * j) * 3 + b % 7
    return (b * 5 + c) % MOD


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
    print("cpu_independent items", ITEMS, "checksum", sum(results) % MOD)


main()
