# sys.getallocatedblocks follows allocations and frees.
import sys

a = sys.getallocatedblocks()
print(type(a).__name__, a > 0)
x = [[i] for i in range(10000)]
b = sys.getallocatedblocks()
print("grew by at least 10000:", b - a >= 10000)
del x
c = sys.getallocatedblocks()
print("back near the start:", c - a < 200)


class Node:
    def __init__(self):
        self.me = self


for _ in range(1000):
    Node()
import gc

gc.collect()
d = sys.getallocatedblocks()
print("cycles collected:", d - a < 200)
