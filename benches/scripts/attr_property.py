# attr_property: property reads and writes (issue 4's attribute benchmark).
# Each work item reads a read-only property computed from two attributes,
# reads and assigns a property with a setter that validates, and reads a
# plain attribute beside them for contrast.  Each thread uses its own
# instances; only the result slots are shared.  A fixed total of ITEMS work
# items is split evenly over the threads.
# Usage: attr_property.py [THREADS] [ITEMS]; prints a checksum that does not
# depend on the thread count.
from _harness import run

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


run("attr_property", work_item, ITEMS, MOD)
