# calls: function-call heavy code.  Each work item runs a recursive fib, calls
# a function with several positional and keyword arguments (and defaults),
# and calls methods on an instance the thread created for itself.  Nothing
# is shared between threads except each thread's result slot.  A fixed total
# of ITEMS work items is split evenly over the threads (strong scaling).
# Usage: calls.py [THREADS]; prints a checksum that does not depend on the
# thread count.
import sys
import threading

ITEMS = 24000
MOD = 1000000007


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def blend(a, b, c, scale=3, bias=1, limit=10007):
    return (a * scale + b * bias + c) % limit


class Accumulator:
    def __init__(self, base):
        self.base = base
        self.total = 0
        self.calls = 0

    def add(self, x):
        self.total = (self.total + x + self.base) % MOD
        self.calls += 1
        return self.total

    def step(self, a, b):
        return self.add(a * 2 + b)

    def result(self):
        return self.total + self.calls


def work_item(i, seed):
    acc = Accumulator(seed)
    acc.add(fib(12 + i % 3))
    for k in range(40):
        v = blend(i, k, 5)
        v = blend(v, k, i, scale=7)
        v = blend(a=v, b=i, c=k, bias=3, limit=65521)
        acc.step(v, k)
    return acc.result()


def worker(start, stop, slot, results):
    total = 0
    for i in range(start, stop):
        total = (total + work_item(i, 11)) % MOD
    results[slot] = total


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
    print("calls items", ITEMS, "checksum", sum(results) % MOD)


main()
