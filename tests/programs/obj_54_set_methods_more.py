# set/frozenset: operators, methods, in-place updates, comparisons and errors (int elements only).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), sorted(b - a))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, {4})), sorted(a.difference([1], [2])), sorted(a.symmetric_difference(b)))
print(a <= a, a < a, {1} < a, a > {1, 2}, a >= b, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}))
c = set(a)
c.add(10); c.discard(99); c.remove(1)
c.discard(10)
print(sorted(c), {7}.pop(), len(c))
c.update([20, 21], (22,)); print(sorted(c))
c.intersection_update(range(15)); print(sorted(c))
c.difference_update({2}); print(sorted(c))
c.symmetric_difference_update({3, 100}); print(sorted(c))
c.clear(); print(c, set(), frozenset())
f = frozenset([1, 2, 3])
print(type(f | {4}).__name__, type({4} | f).__name__, f == {1, 2, 3}, {1, 2, 3} == f, hash(f) == hash(frozenset({3, 2, 1})))
print(sorted(f.union([4])), f.copy() is f, frozenset(f) is f, len(f), 2 in f)
x = {1}
x |= {2}; x &= {1, 2, 3}; x -= {5}; x ^= {9}
print(sorted(x))
for bad in [lambda: {1}.remove(2), lambda: set().pop(), lambda: {[]}, lambda: {1} | [2], lambda: {1} < [1], lambda: f.add(1), lambda: {1}.update(5)]:
    try:
        bad()
    except (KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print({1, 2} == {2, 1}, {1} != {1.0}, {0, False}, len({1, True, 1.0}), {(1, 2), (1, 2)})
print(set("aab") == {"a", "b"}, sorted(set([3, 1, 3])), sorted({x % 3 for x in range(10)}))
s = {1, 2, 3}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
print(repr(set()), repr(frozenset()), repr({5}), repr(frozenset({7})))
print(sorted({1, 2} | frozenset({3})), {1}.__or__([2]), {1}.__contains__(1))
