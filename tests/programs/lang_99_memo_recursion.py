# Recursion with memo dicts: partitions, edit distance, grid paths.
import sys


def make_memo():
    cache = {}
    hits = [0]

    def memo(fn):
        def inner(*args):
            if args in cache:
                hits[0] += 1
                return cache[args]
            r = cache[args] = fn(*args)
            return r
        inner.cache = cache
        inner.hits = hits
        return inner
    return memo


memo = make_memo()


@memo
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print([partitions(n, n) for n in range(1, 16)])
print(partitions(60, 60))
print("cache size", len(partitions.cache), "hits", partitions.hits[0])


def edit_distance(a, b):
    memo = {}

    def go(i, j):
        if (i, j) in memo:
            return memo[i, j]
        if i == len(a):
            r = len(b) - j
        elif j == len(b):
            r = len(a) - i
        elif a[i] == b[j]:
            r = go(i + 1, j + 1)
        else:
            r = 1 + min(go(i + 1, j), go(i, j + 1), go(i + 1, j + 1))
        memo[i, j] = r
        return r
    return go(0, 0)


for a, b in [("kitten", "sitting"), ("", "abc"), ("flaw", "lawn"), ("same", "same")]:
    print(f"{a!r:>10} -> {b!r:<10} {edit_distance(a, b)}")


def grid_paths(rows, cols, blocked):
    seen = {}

    def walk(r, c):
        if (r, c) in blocked or r >= rows or c >= cols:
            return 0
        if (r, c) == (rows - 1, cols - 1):
            return 1
        key = r * cols + c
        if key not in seen:
            seen[key] = walk(r + 1, c) + walk(r, c + 1)
        return seen[key]
    return walk(0, 0)


print(grid_paths(3, 3, set()), grid_paths(5, 5, {(1, 1), (2, 3)}), grid_paths(12, 12, {(6, 6)}))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
try:
    depth(10000)
except RecursionError as e:
    print(type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))
finally:
    sys.setrecursionlimit(old)
print(depth(300))
