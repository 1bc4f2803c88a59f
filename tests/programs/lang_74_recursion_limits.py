# Recursion: mutual recursion, memoization by hand, recursion limit and RecursionError recovery.
import sys
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(100), is_odd(77), is_even(7))

memo = {}
def fib(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print(fib(90), len(memo))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))

old = sys.getrecursionlimit()
print(old >= 1000)
def unbounded(n):
    return unbounded(n + 1)
try:
    unbounded(0)
except RecursionError as e:
    print("RecursionError:", e)
print("recovered", depth(100))

def recursive_repr():
    l = [1]
    l.append(l)
    d = {"self": None}
    d["self"] = d
    return repr(l), repr(d)
print(recursive_repr())

class Node:
    def __init__(self, child=None):
        self.child = child
    def count(self):
        return 1 + (self.child.count() if self.child else 0)
chain = None
for _ in range(300):
    chain = Node(chain)
print(chain.count())

def count_down(n, acc):
    if n == 0:
        return acc
    return count_down(n - 1, acc + [n])
print(len(count_down(200, [])))

def gen_recursive(n):
    if n:
        yield n
        yield from gen_recursive(n - 1)
print(sum(gen_recursive(150)))

def catch_at_depth():
    def dive(n):
        try:
            return dive(n + 1)
        except RecursionError:
            return n
    return dive(0) > 50
print(catch_at_depth())

def hanoi_count(n):
    return 0 if n == 0 else 2 * hanoi_count(n - 1) + 1
print([hanoi_count(i) for i in range(10)])
def permutations(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in permutations(s[:i] + s[i + 1:])]
print(permutations("abc"), len(permutations("abcde")))
def flatten(x):
    return [y for i in x for y in flatten(i)] if isinstance(x, list) else [x]
print(flatten([1, [2, [3, [4, [5]]]], 6]))
