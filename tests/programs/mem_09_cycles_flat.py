# Making and dropping millions of cyclic structures keeps memory flat: the
# collector, triggered by allocation counts, frees them as they go.
# sys.getallocatedblocks() is sampled along the way and compared with a
# bound; only the booleans are printed (the counts differ by design).
import gc
import sys


class Node:
    def __init__(self, other=None):
        self.other = other


gc.collect()
base = sys.getallocatedblocks()
peak = 0
for i in range(1_000_000):
    a = []
    b = [a]
    a.append(b)
    if i % 4 == 0:
        n = Node()
        n.other = Node(n)
    if i % 50_000 == 0:
        peak = max(peak, sys.getallocatedblocks() - base)
del a, b, n
print("flat while looping:", peak < 200_000)
gc.collect()
print("back at the start:", sys.getallocatedblocks() - base < 1_000)
print("nothing left to collect:", gc.collect() == 0)
