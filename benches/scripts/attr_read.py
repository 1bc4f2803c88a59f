# attr_read: instance attribute reads (issue 4's attribute benchmark).  Each
# work item reads four attributes of an instance the thread created for
# itself, through `obj.attr` (LOAD_ATTR on an instance dict) and `self.attr`
# in a method, many times.  Nothing is shared between threads except each
# thread's result slot.  A fixed total of ITEMS work items is split evenly
# over the threads (strong scaling).
# Usage: attr_read.py [THREADS] [ITEMS]; prints a checksum that does not
# depend on the thread count.
from _harness import run

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


run("attr_read", work_item, ITEMS, MOD)
