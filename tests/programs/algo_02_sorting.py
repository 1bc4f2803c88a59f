# Sorting algorithm implementations (quicksort, mergesort, insertion, heap via lists) on a deterministic LCG sequence.
def lcg(seed, n):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % (2 ** 31)
        out.append(x % 1000)
    return out
data = lcg(42, 300)
print(data[:10], len(data))
def quicksort(a):
    if len(a) <= 1:
        return a
    pivot = a[len(a) // 2]
    less = [x for x in a if x < pivot]
    equal = [x for x in a if x == pivot]
    greater = [x for x in a if x > pivot]
    return quicksort(less) + equal + quicksort(greater)
def mergesort(a):
    if len(a) <= 1:
        return a[:]
    mid = len(a) // 2
    left = mergesort(a[:mid])
    right = mergesort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out
def insertion(a):
    a = a[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a
def heapsort(a):
    h = a[:]
    n = len(h)
    def sift(start, end):
        root = start
        while 2 * root + 1 <= end:
            child = 2 * root + 1
            if child + 1 <= end and h[child] < h[child + 1]:
                child += 1
            if h[root] < h[child]:
                h[root], h[child] = h[child], h[root]
                root = child
            else:
                return
    for start in range(n // 2 - 1, -1, -1):
        sift(start, n - 1)
    for end in range(n - 1, 0, -1):
        h[0], h[end] = h[end], h[0]
        sift(0, end - 1)
    return h
expected = sorted(data)
for fn in [quicksort, mergesort, insertion, heapsort]:
    res = fn(data)
    print(fn.__name__, res == expected, res[:8], res[-3:])
print(data[:5], "(input unchanged)")
median = (expected[149] + expected[150]) / 2
print(median, sum(data) / len(data), max(data) - min(data))
def binary_search(a, t):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < t:
            lo = mid + 1
        else:
            hi = mid
    return lo
print([binary_search(expected, t) for t in [-1, 0, 500, 999, 1000]])
words = "the quick brown fox jumps over the lazy dog".split()
print(mergesort(words), quicksort(words) == sorted(words))
