# Tuples: packing/unpacking, single-element tuples, nesting, comparison, count/index, hashing as dict keys.
t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t + (4,), t * 2, 2 in t, (1,), (), tuple())
a, b, c = t
print(a, b, c)
x, y = y, x = 1, 2
print(x, y)
p = 1, "two", 3.0
print(p, type(p).__name__)
(q, r), s = (10, 20), 30
print(q, r, s)
for i, (name, val) in enumerate([("a", 1), ("b", 2)]):
    print(i, name, val)
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), (0, "z") < (1, "a"), (1, 2) == (1, 2))
print(t.count(2), (1, 1, 2, 1).count(1), t.index(3))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    (1, 2).index(9)
except ValueError as e:
    print("ValueError:", e)
grid = {}
grid[(0, 0)] = "origin"
grid[(1, 2)] = "point"
print(grid, grid[(1, 2)], (0, 0) in grid, hash((1, 2)) == hash((1, 2)))
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([4, 8, 1, 9])
print(lo, hi, minmax("hello"))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), nested[1])
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pairs), sorted(pairs, key=lambda pr: pr[1]), max(pairs))
print(tuple([1, 2]), tuple("abc"), tuple(range(3)), list((1, 2)))
print(tuple(x * x for x in range(4)), (1, 2) + (), ((),), (1, (2,)))
m, n = 0, 1
for _ in range(10):
    m, n = n, m + n
print(m, n)
swap = [1, 2, 3]
swap[0], swap[2] = swap[2], swap[0]
print(swap)
