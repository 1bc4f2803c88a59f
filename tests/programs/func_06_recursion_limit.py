# Deep recursion: RecursionError is raised and caught, the interpreter recovers; sys recursion limit get/set.
import sys
print(sys.getrecursionlimit())
def infinite(n):
    return infinite(n + 1) + 1
try:
    infinite(0)
except RecursionError as e:
    print("caught", type(e).__name__)
print(isinstance(RecursionError(), RuntimeError))
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1
print(depth(800))
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion caught")
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit())
print(depth(2500))
try:
    depth(10 ** 6)
except RecursionError as e:
    print("still caught", type(e).__name__)
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def length(self):
        return 1 if self.nxt is None else 1 + self.nxt.length()
head = None
for i in range(1000):
    head = Node(head)
print(head.length())
def recurse_in_except(n):
    try:
        return recurse_in_except(n + 1)
    except RecursionError:
        return n
result = recurse_in_except(0)
print(result > 100)
print(depth(100), "recovered")
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
