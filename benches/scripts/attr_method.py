# attr_method: method calls on instances (issue 4's attribute benchmark).
# Each work item calls plain methods (LOAD_METHOD + CALL, no bound-method
# allocation on the fast path), a method that calls another method on self,
# and a method reached through a bound-method object stored in a local.
# Each thread uses its own instances; only the result slots are shared.  A
# fixed total of ITEMS work items is split evenly over the threads.
# Usage: attr_method.py [THREADS] [ITEMS]; prints a checksum that does not
# depend on the thread count.
from _harness import run

ITEMS = 3000
INNER = 150
MOD = 1000000007


class Counter:
    def __init__(self, start):
        self.n = start

    def inc(self):
        self.n += 1
        return self.n

    def add(self, k):
        self.n += k
        return self.n

    def twice(self, k):
        self.add(k)
        return self.add(k)

    def get(self):
        return self.n


def work_item(i):
    c = Counter(i)
    bound = c.add
    total = 0
    for k in range(INNER):
        c.inc()
        c.twice(k)
        bound(1)
        total += c.get()
    return total % MOD


run("attr_method", work_item, ITEMS, MOD)
